CREATE INDEX "idx_activity_deal_keyset" ON "activities" USING btree ("deal_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "idx_activity_time" ON "activities" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE INDEX "idx_activity_type_time" ON "activities" USING btree ("type","occurred_at","id");--> statement-breakpoint
CREATE INDEX "idx_activity_actor_time" ON "activities" USING btree ("actor_id","occurred_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "companies_domain_normalized_unique" ON "companies" USING btree (crm_normalize_domain("domain"));--> statement-breakpoint
CREATE INDEX "idx_company_created" ON "companies" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "idx_company_name" ON "companies" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "idx_company_domain_sort" ON "companies" USING btree ("domain","id");--> statement-breakpoint
CREATE INDEX "idx_company_name_trgm" ON "companies" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "idx_company_domain_trgm" ON "companies" USING gin ("domain" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "idx_contact_created" ON "contacts" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "idx_contact_name" ON "contacts" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "idx_contact_email" ON "contacts" USING btree ("email","id");--> statement-breakpoint
CREATE INDEX "idx_contact_name_trgm" ON "contacts" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "idx_contact_email_trgm" ON "contacts" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "idx_deal_board" ON "deals" USING btree ("pipeline_id","stage",coalesce("close_date", 'infinity'::timestamptz),(-"amount_cents"),"id");--> statement-breakpoint
CREATE INDEX "idx_deal_board_owner" ON "deals" USING btree ("pipeline_id","owner_id","stage",coalesce("close_date", 'infinity'::timestamptz),(-"amount_cents"),"id");--> statement-breakpoint
CREATE INDEX "idx_deal_board_totals" ON "deals" USING btree ("pipeline_id","stage","owner_id","close_date","amount_cents");--> statement-breakpoint
CREATE INDEX "idx_deal_owner" ON "deals" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "idx_deal_created" ON "deals" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "idx_deal_title" ON "deals" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "idx_deal_close" ON "deals" USING btree ("close_date","id");--> statement-breakpoint
CREATE INDEX "idx_deal_amount" ON "deals" USING btree ("amount_cents","id");--> statement-breakpoint
CREATE INDEX "idx_deal_title_trgm" ON "deals" USING gin ("title" gin_trgm_ops);