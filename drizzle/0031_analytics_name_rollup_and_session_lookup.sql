-- Events per day and name across apps (console_event_name_daily), kept by the same statement
-- trigger as the per-app rollups, into the writing connection's shard; rows leave only with their
-- app (a foreign-key cascade), and a delete trigger takes them out again. 16 counter rows per day
-- and name, one per connection slot: concurrent batches of different apps rarely share one.
CREATE FUNCTION console_rollup_shard() RETURNS smallint LANGUAGE sql STABLE AS $$ SELECT (pg_backend_pid() % 16)::smallint $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION console_rollup_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO console_event_daily AS d (app_id, day, name, events)
  SELECT app_id, (occurred_at AT TIME ZONE 'UTC')::date, name, count(*) FROM new_events
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (app_id, day, name) DO UPDATE SET events = d.events + excluded.events;
  INSERT INTO console_event_name_daily AS d (day, name, shard, events)
  SELECT (occurred_at AT TIME ZONE 'UTC')::date, name, console_rollup_shard(), count(*) FROM new_events
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (day, name, shard) DO UPDATE SET events = d.events + excluded.events;
  INSERT INTO console_visitor_daily (app_id, day, anonymous_id)
  SELECT DISTINCT app_id, (occurred_at AT TIME ZONE 'UTC')::date, anonymous_id FROM new_events
  WHERE anonymous_id IS NOT NULL ORDER BY 1, 2, 3
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION console_unroll_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO console_event_name_daily AS d (day, name, shard, events)
  SELECT (occurred_at AT TIME ZONE 'UTC')::date, name, console_rollup_shard(), -count(*) FROM old_events
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (day, name, shard) DO UPDATE SET events = d.events + excluded.events;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER console_events_unroll AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_events FOR EACH STATEMENT EXECUTE FUNCTION console_unroll_events();
--> statement-breakpoint
INSERT INTO console_event_name_daily (day, name, shard, events)
SELECT day, name, 0, sum(events) FROM console_event_daily GROUP BY 1, 2;
--> statement-breakpoint

-- console_ingest as in analytics_ingest, but each batch visitor's sessions are looked up one
-- visitor at a time (idx_session_app_visitor_start) rather than by a join the planner may run over
-- every session of the app.
CREATE OR REPLACE FUNCTION console_ingest(p_app uuid, p_messages jsonb, OUT accepted integer, OUT duplicates integer)
LANGUAGE plpgsql AS $$
DECLARE
  gap CONSTANT interval := interval '30 minutes';
  v_names text[];
  v_visitors text[];
  v_props jsonb[];
  v_times timestamptz[];
  v_keepers uuid[];
  v_group_visitors text[];
  v_starts timestamptz[];
  v_ends timestamptz[];
BEGIN
  WITH input AS (
    SELECT * FROM jsonb_to_recordset(p_messages) AS x(m text, n text, a text, p jsonb, t timestamptz)
  ), fresh AS (
    INSERT INTO console_ingest_receipts (app_id, message_id)
    SELECT p_app, m FROM input ORDER BY m
    ON CONFLICT DO NOTHING RETURNING message_id
  )
  SELECT array_agg(i.n), array_agg(i.a), array_agg(i.p), array_agg(i.t)
  INTO v_names, v_visitors, v_props, v_times
  FROM input i JOIN fresh f ON f.message_id = i.m;

  accepted := coalesce(array_length(v_names, 1), 0);
  duplicates := jsonb_array_length(p_messages) - accepted;
  IF accepted = 0 THEN RETURN; END IF;

  PERFORM pg_advisory_xact_lock(k) FROM (
    SELECT DISTINCT console_visitor_lock_key(p_app, a) AS k FROM unnest(v_visitors) AS a WHERE a IS NOT NULL ORDER BY 1
  ) keys;

  WITH pts AS (
    SELECT a AS anon, t FROM unnest(v_visitors, v_times) AS u(a, t) WHERE a IS NOT NULL
  ), vis AS (
    SELECT anon, min(t) AS lo, max(t) AS hi FROM pts GROUP BY anon
  ), existing AS (
    SELECT s.id, s.anonymous_id AS anon, s.started_at AS lo,
           coalesce(s.ended_at, greatest(s.started_at, (
             SELECT max(e.occurred_at) FROM events e
             WHERE e.app_id = p_app AND e.anonymous_id = s.anonymous_id AND e.occurred_at >= s.started_at))) AS hi,
           s.ended_at IS NULL AS is_open
    FROM vis v CROSS JOIN LATERAL (
      SELECT * FROM sessions s WHERE s.app_id = p_app AND s.anonymous_id = v.anon
        AND (s.ended_at IS NULL OR (s.started_at <= v.hi + gap AND s.ended_at >= v.lo - gap))
      OFFSET 0
    ) s
  ), blocks AS (
    SELECT anon, t AS lo, t AS hi, NULL::uuid AS id, false AS is_open FROM pts
    UNION ALL SELECT anon, lo, hi, id, is_open FROM existing
  ), marked AS (
    SELECT b.*, CASE WHEN b.lo - max(b.hi) OVER w >= gap THEN 1 ELSE 0 END AS brk
    FROM blocks b
    WINDOW w AS (PARTITION BY b.anon ORDER BY b.lo, b.hi ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
  ), grouped AS (
    SELECT m.*, sum(m.brk) OVER (PARTITION BY m.anon ORDER BY m.lo, m.hi ROWS UNBOUNDED PRECEDING) AS g FROM marked m
  ), runs AS (
    SELECT anon, g, min(lo) AS lo, max(hi) AS hi,
           (array_agg(id ORDER BY is_open DESC, lo DESC) FILTER (WHERE id IS NOT NULL))[1] AS keeper,
           bool_or(is_open) AS has_open,
           bool_or(id IS NULL) AS has_new
    FROM grouped GROUP BY anon, g
  ), planned AS (
    SELECT r.*, r.g = max(r.g) OVER (PARTITION BY r.anon) AS is_last FROM runs r
  )
  SELECT array_agg(keeper), array_agg(anon), array_agg(lo),
         array_agg(CASE WHEN is_last AND hi > now() - gap THEN NULL ELSE hi END)
  INTO v_keepers, v_group_visitors, v_starts, v_ends
  FROM planned
  WHERE has_new OR has_open;

  -- Ending first, then (re)opening, then new sessions: a visitor's open session never meets
  -- another one in the unique index, which checks each row as it is written.
  UPDATE sessions s SET started_at = u.lo, ended_at = u.hi
  FROM unnest(v_keepers, v_starts, v_ends) AS u(id, lo, hi)
  WHERE s.id = u.id AND u.hi IS NOT NULL AND (s.started_at IS DISTINCT FROM u.lo OR s.ended_at IS DISTINCT FROM u.hi);

  UPDATE sessions s SET started_at = u.lo, ended_at = NULL
  FROM unnest(v_keepers, v_starts, v_ends) AS u(id, lo, hi)
  WHERE s.id = u.id AND u.hi IS NULL AND (s.started_at IS DISTINCT FROM u.lo OR s.ended_at IS NOT NULL);

  INSERT INTO sessions (app_id, anonymous_id, started_at, ended_at)
  SELECT p_app, u.anon, u.lo, u.hi FROM unnest(v_keepers, v_group_visitors, v_starts, v_ends) AS u(id, anon, lo, hi)
  WHERE u.id IS NULL;

  INSERT INTO events (app_id, name, anonymous_id, properties, occurred_at)
  SELECT p_app, n, a, p, t FROM unnest(v_names, v_visitors, v_props, v_times) AS u(n, a, p, t);
END $$;
