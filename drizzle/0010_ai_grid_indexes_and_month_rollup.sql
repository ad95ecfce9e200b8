CREATE TABLE "console_token_usage_months" (
	"user_id" text NOT NULL,
	"month" date NOT NULL,
	"prompt_tokens" bigint DEFAULT 0 NOT NULL,
	"completion_tokens" bigint DEFAULT 0 NOT NULL,
	"tokens" bigint GENERATED ALWAYS AS (prompt_tokens + completion_tokens) STORED,
	"cost_microcents" bigint DEFAULT 0 NOT NULL,
	"calls" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "console_token_usage_months_user_id_month_pk" PRIMARY KEY("user_id","month")
);
--> statement-breakpoint
ALTER TABLE "console_token_usage_months" ADD CONSTRAINT "console_token_usage_months_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_console_usage_month_cost" ON "console_token_usage_months" USING btree ("month","cost_microcents");--> statement-breakpoint
CREATE INDEX "idx_log_time" ON "prompt_logs" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "idx_token_usage_time" ON "token_usage" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "idx_profile_created" ON "user_profiles" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "idx_profile_budget" ON "user_profiles" USING btree ("monthly_token_budget","id");--> statement-breakpoint
CREATE INDEX "idx_profile_display_name_trgm" ON "user_profiles" USING gin ("display_name" gin_trgm_ops);