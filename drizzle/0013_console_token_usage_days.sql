CREATE TABLE "console_token_usage_days" (
	"day" date NOT NULL,
	"model" text NOT NULL,
	"prompt_tokens" bigint DEFAULT 0 NOT NULL,
	"completion_tokens" bigint DEFAULT 0 NOT NULL,
	"cost_microcents" bigint DEFAULT 0 NOT NULL,
	"calls" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "console_token_usage_days_day_model_pk" PRIMARY KEY("day","model")
);
--> statement-breakpoint
DROP INDEX "idx_log_time";--> statement-breakpoint
CREATE INDEX "idx_log_status_time" ON "prompt_logs" USING btree ("status","created_at","id");