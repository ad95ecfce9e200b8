CREATE INDEX "idx_user_created" ON "user" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "idx_user_name" ON "user" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "idx_user_name_trgm" ON "user" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "idx_user_email_trgm" ON "user" USING gin ("email" gin_trgm_ops);