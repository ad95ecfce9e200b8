CREATE INDEX "idx_session_app_start_id" ON "sessions" USING btree ("app_id","started_at","id");--> statement-breakpoint
CREATE INDEX "idx_session_open_start_id" ON "sessions" USING btree ("started_at","id") WHERE "sessions"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "idx_session_visitor_trgm" ON "sessions" USING gin ("anonymous_id" gin_trgm_ops);