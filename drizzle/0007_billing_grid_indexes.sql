-- Console-added indexes for the billing grids, the organization page and the billing overview
-- (the SaaS document's own indexes stay as they are).
CREATE INDEX "idx_org_created" ON "organizations" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "idx_org_name" ON "organizations" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "idx_org_name_trgm" ON "organizations" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "idx_org_slug_trgm" ON "organizations" USING gin ("slug" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "idx_sub_period_end" ON "subscriptions" USING btree ("current_period_end","id");--> statement-breakpoint
CREATE INDEX "idx_sub_plan" ON "subscriptions" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "idx_usage_time" ON "api_usage" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "idx_usage_key_time" ON "api_usage" USING btree ("api_key_id","created_at","id");--> statement-breakpoint
-- The organization page's audit history: membership and subscription entries carry the organization in before/after.
CREATE INDEX "idx_audit_organization" ON "audit_log" USING btree ((coalesce("after", "before") ->> 'organizationId'), "created_at") WHERE "resource" in ('membership', 'subscription');
