ALTER TABLE "console_ingest_receipts" DROP CONSTRAINT "console_ingest_receipts_app_id_tracked_apps_id_fk";
