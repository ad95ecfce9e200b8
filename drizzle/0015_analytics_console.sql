CREATE TABLE "console_event_daily" (
	"app_id" uuid NOT NULL,
	"day" date NOT NULL,
	"name" text NOT NULL,
	"events" bigint NOT NULL,
	CONSTRAINT "console_event_daily_app_id_day_name_pk" PRIMARY KEY("app_id","day","name")
);
--> statement-breakpoint
CREATE TABLE "console_ingest_receipts" (
	"app_id" uuid NOT NULL,
	"message_id" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "console_ingest_receipts_app_id_message_id_pk" PRIMARY KEY("app_id","message_id")
);
--> statement-breakpoint
CREATE TABLE "console_ingest_rate_windows" (
	"bucket" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "console_visitor_daily" (
	"app_id" uuid NOT NULL,
	"day" date NOT NULL,
	"anonymous_id" text NOT NULL,
	CONSTRAINT "console_visitor_daily_app_id_day_anonymous_id_pk" PRIMARY KEY("app_id","day","anonymous_id")
);
--> statement-breakpoint
ALTER TABLE "console_event_daily" ADD CONSTRAINT "console_event_daily_app_id_tracked_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."tracked_apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "console_ingest_receipts" ADD CONSTRAINT "console_ingest_receipts_app_id_tracked_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."tracked_apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "console_visitor_daily" ADD CONSTRAINT "console_visitor_daily_app_id_tracked_apps_id_fk" FOREIGN KEY ("app_id") REFERENCES "public"."tracked_apps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_console_event_daily_day" ON "console_event_daily" USING btree ("day");--> statement-breakpoint
CREATE INDEX "idx_console_receipt_received" ON "console_ingest_receipts" USING brin ("received_at");--> statement-breakpoint
CREATE INDEX "idx_console_visitor_daily_day" ON "console_visitor_daily" USING btree ("day");--> statement-breakpoint
CREATE INDEX "idx_event_app_visitor_time" ON "events" USING btree ("app_id","anonymous_id","occurred_at");--> statement-breakpoint
CREATE INDEX "idx_event_time_id" ON "events" USING btree ("occurred_at","id");--> statement-breakpoint
-- A visitor may have only one open session (the unique index below): end any older duplicate at its last event first.
UPDATE "sessions" s SET "ended_at" = coalesce((SELECT max(e."occurred_at") FROM "events" e WHERE e."app_id" = s."app_id" AND e."anonymous_id" = s."anonymous_id" AND e."occurred_at" >= s."started_at" AND e."occurred_at" < o."started_at"), s."started_at")
FROM "sessions" o
WHERE s."ended_at" IS NULL AND o."ended_at" IS NULL AND o."app_id" = s."app_id" AND o."anonymous_id" = s."anonymous_id" AND (o."started_at", o."id") > (s."started_at", s."id");--> statement-breakpoint
CREATE UNIQUE INDEX "uq_session_open_visitor" ON "sessions" USING btree ("app_id","anonymous_id") WHERE "sessions"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "idx_session_app_visitor_start" ON "sessions" USING btree ("app_id","anonymous_id","started_at");--> statement-breakpoint
CREATE INDEX "idx_session_start_id" ON "sessions" USING btree ("started_at","id");