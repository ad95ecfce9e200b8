-- The rollup trigger of analytics_name_rollup_and_session_lookup as one statement: the batch is
-- grouped by (app, day, name) once, and both counters are upserted from that grouping (data-modifying
-- CTEs), with the daily visitors — one executor run per inserting statement instead of three.
CREATE OR REPLACE FUNCTION console_rollup_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH counts AS MATERIALIZED (
    SELECT app_id, (occurred_at AT TIME ZONE 'UTC')::date AS day, name, count(*) AS events FROM new_events GROUP BY 1, 2, 3
  ), per_app AS (
    INSERT INTO console_event_daily AS d (app_id, day, name, events)
    SELECT app_id, day, name, events FROM counts ORDER BY 1, 2, 3
    ON CONFLICT (app_id, day, name) DO UPDATE SET events = d.events + excluded.events
  ), per_name AS (
    INSERT INTO console_event_name_daily AS d (day, name, shard, events)
    SELECT day, name, console_rollup_shard(), sum(events) FROM counts GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (day, name, shard) DO UPDATE SET events = d.events + excluded.events
  )
  INSERT INTO console_visitor_daily (app_id, day, anonymous_id)
  SELECT DISTINCT app_id, (occurred_at AT TIME ZONE 'UTC')::date, anonymous_id FROM new_events
  WHERE anonymous_id IS NOT NULL ORDER BY 1, 2, 3
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
