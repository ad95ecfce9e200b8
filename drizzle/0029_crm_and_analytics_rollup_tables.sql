CREATE TABLE "console_event_name_daily" (
	"day" date NOT NULL,
	"name" text NOT NULL,
	"shard" smallint NOT NULL,
	"events" bigint NOT NULL,
	CONSTRAINT "console_event_name_daily_day_name_shard_pk" PRIMARY KEY("day","name","shard")
);
--> statement-breakpoint
CREATE TABLE "console_pipeline_stage_totals" (
	"pipeline_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"deals" bigint NOT NULL,
	"amount_cents" bigint NOT NULL,
	CONSTRAINT "console_pipeline_stage_totals_pipeline_id_stage_pk" PRIMARY KEY("pipeline_id","stage")
);
--> statement-breakpoint
ALTER TABLE "console_pipeline_stage_totals" ADD CONSTRAINT "console_pipeline_stage_totals_pipeline_id_pipelines_id_fk" FOREIGN KEY ("pipeline_id") REFERENCES "public"."pipelines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_deal_amount_stage" ON "deals" USING btree ("amount_cents","stage");--> statement-breakpoint
CREATE INDEX "idx_deal_contact_open" ON "deals" USING btree ("contact_id","amount_cents") WHERE "deals"."stage" in ('lead', 'qualified');