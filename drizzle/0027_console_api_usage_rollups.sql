CREATE TABLE "console_api_usage_days" (
	"day" date NOT NULL,
	"organization_id" uuid NOT NULL,
	"credits_used" bigint DEFAULT 0 NOT NULL,
	"calls" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "console_api_usage_days_organization_id_day_pk" PRIMARY KEY("organization_id","day")
);
--> statement-breakpoint
CREATE TABLE "console_api_usage_plan_days" (
	"day" date NOT NULL,
	"plan_id" uuid,
	"credits_used" bigint DEFAULT 0 NOT NULL,
	"calls" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "console_api_usage_plan_days_day_plan" UNIQUE NULLS NOT DISTINCT("day","plan_id")
);
--> statement-breakpoint
ALTER TABLE "console_api_usage_days" ADD CONSTRAINT "console_api_usage_days_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;