-- The 360° user page lists a rep's newest contacts and deals: (owner, created_at, id) serves the
-- order without walking the whole table's created_at index and filtering by owner.
CREATE INDEX IF NOT EXISTS "idx_contact_owner_created" ON "contacts" USING btree ("owner_id", "created_at", "id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "idx_deal_owner_created" ON "deals" USING btree ("owner_id", "created_at", "id");
