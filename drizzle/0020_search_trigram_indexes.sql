-- The ⌘K search looks for a substring in these columns too (users, organizations, companies,
-- contacts and deals already have theirs); pg_trgm was created by the enable_pg_trgm migration.
CREATE INDEX IF NOT EXISTS "idx_course_title_trgm" ON "courses" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_course_slug_trgm" ON "courses" USING gin ("slug" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_tracked_app_name_trgm" ON "tracked_apps" USING gin ("name" gin_trgm_ops);
