CREATE TABLE "console_webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"webhook_id" text NOT NULL,
	"type" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"outcome" text NOT NULL,
	"error" text,
	"polar_subscription_id" text,
	"payload" jsonb NOT NULL,
	CONSTRAINT "console_webhook_deliveries_webhook_id_unique" UNIQUE("webhook_id"),
	CONSTRAINT "console_webhook_deliveries_outcome_check" CHECK ("console_webhook_deliveries"."outcome" in ('applied','duplicate','stale','ignored','conflict','failed'))
);
--> statement-breakpoint
CREATE INDEX "idx_console_delivery_time" ON "console_webhook_deliveries" USING btree ("received_at","id");--> statement-breakpoint
CREATE INDEX "idx_console_delivery_outcome_time" ON "console_webhook_deliveries" USING btree ("outcome","received_at");