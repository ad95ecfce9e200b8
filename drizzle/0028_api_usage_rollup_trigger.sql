-- Keeps the api_usage rollups in step: one statement-level trigger folds each INSERT's new rows
-- (however many) into credits per UTC day per organization (console_api_usage_days) and per UTC
-- day per plan of the organization's subscription at that moment (console_api_usage_plan_days).
-- api_usage is append-only (its rows leave only with their organization, whose per-organization
-- rollup rows cascade too), so inserts are the only change to follow. Rows are upserted in key
-- order so concurrent batches lock them in the same order.
CREATE FUNCTION console_fold_api_usage() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO console_api_usage_days AS d (day, organization_id, credits_used, calls)
  SELECT (created_at AT TIME ZONE 'UTC')::date, organization_id, sum(credits_used), count(*)
  FROM inserted_usage
  GROUP BY 1, 2
  ORDER BY 2, 1
  ON CONFLICT (organization_id, day) DO UPDATE SET
    credits_used = d.credits_used + excluded.credits_used,
    calls = d.calls + excluded.calls;
  INSERT INTO console_api_usage_plan_days AS p (day, plan_id, credits_used, calls)
  SELECT (u.created_at AT TIME ZONE 'UTC')::date, s.plan_id, sum(u.credits_used), count(*)
  FROM inserted_usage u
  LEFT JOIN subscriptions s ON s.organization_id = u.organization_id
  GROUP BY 1, 2
  ORDER BY 1, 2
  ON CONFLICT (day, plan_id) DO UPDATE SET
    credits_used = p.credits_used + excluded.credits_used,
    calls = p.calls + excluded.calls;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- No insert may land between the backfill below and the commit that makes the trigger live.
LOCK TABLE api_usage IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
CREATE TRIGGER console_api_usage_rollups_fold
  AFTER INSERT ON api_usage
  REFERENCING NEW TABLE AS inserted_usage
  FOR EACH STATEMENT EXECUTE FUNCTION console_fold_api_usage();
--> statement-breakpoint
-- The rows already there, stored in day order (the charts read ranges of days).
INSERT INTO console_api_usage_days (day, organization_id, credits_used, calls)
SELECT (created_at AT TIME ZONE 'UTC')::date, organization_id, sum(credits_used), count(*)
FROM api_usage
GROUP BY 1, 2
ORDER BY 1, 2;
--> statement-breakpoint
-- Subscriptions keep no plan history: the past is attributed to each organization's plan of today.
INSERT INTO console_api_usage_plan_days (day, plan_id, credits_used, calls)
SELECT (u.created_at AT TIME ZONE 'UTC')::date, s.plan_id, sum(u.credits_used), count(*)
FROM api_usage u
LEFT JOIN subscriptions s ON s.organization_id = u.organization_id
GROUP BY 1, 2;
--> statement-breakpoint
-- Top organizations: a range of days read from the index alone.
CREATE INDEX "idx_console_usage_day_cover" ON "console_api_usage_days" USING btree ("day") INCLUDE ("organization_id", "credits_used");
--> statement-breakpoint
-- Credits of one organization in its (not day-aligned) period, read from the index alone: the
-- overview's organizations over quota, the organizations grid's bars, the organization page.
CREATE INDEX "idx_usage_org_time_credits" ON "api_usage" USING btree ("organization_id", "created_at") INCLUDE ("credits_used");
