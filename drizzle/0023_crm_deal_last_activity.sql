CREATE TABLE "console_deal_last_activity" (
	"deal_id" uuid PRIMARY KEY NOT NULL,
	"last_activity_at" timestamp with time zone NOT NULL,
	"stage" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "console_deal_last_activity" ADD CONSTRAINT "console_deal_last_activity_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_console_open_deal_last_activity" ON "console_deal_last_activity" USING btree ("last_activity_at") WHERE "console_deal_last_activity"."stage" in ('lead', 'qualified');