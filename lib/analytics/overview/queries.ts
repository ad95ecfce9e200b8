import "server-only";
// The Analytics overview's charts. Event counts and daily active visitors come from the daily
// rollups (console_event_name_daily, console_event_daily, console_visitor_daily — kept by triggers
// on events, so rows the products write directly count too); sessions from idx_session_start_id.
// Last `days` UTC days.
import { sql } from "drizzle-orm";
import type { StackedSeries } from "@/lib/charts/series";
import { db } from "@/lib/db/client";

const TOP_NAMES = 5;
const OTHER = "other";

const days = (n: number) => sql`generate_series((now() at time zone 'UTC')::date - ${n - 1}::int, (now() at time zone 'UTC')::date, interval '1 day')`;
const since = (n: number) => sql`(now() at time zone 'UTC')::date - ${n - 1}::int`;

/** Events per day, split into the top names over the range and "other". */
export async function eventsPerDayByName(n = 30): Promise<StackedSeries> {
  const rows = await db.execute<{ day: string; name: string; events: number }>(sql`
    with r as materialized (
      -- A name whose events all left with their app sums to 0 and is no name of the range.
      select day, name, sum(events) as events from console_event_name_daily where day >= ${since(n)} group by 1, 2 having sum(events) > 0
    ), top as (
      select name from r group by name order by sum(events) desc limit ${TOP_NAMES}
    )
    select d::date::text as day, coalesce(t.name, ${OTHER}) as name, coalesce(sum(r.events), 0)::int as events
    from ${days(n)} d
    left join r on r.day = d::date
    left join top t on t.name = r.name
    group by 1, 2 order by 1`);
  const keys = [...new Set(rows.map((r) => r.name))].filter((k) => k !== OTHER || rows.some((r) => r.name === OTHER && r.events > 0));
  const byDay = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const values = byDay.get(r.day) ?? Object.fromEntries(keys.map((k) => [k, 0]));
    if (keys.includes(r.name)) values[r.name] = r.events;
    byDay.set(r.day, values);
  }
  return { keys, rows: [...byDay].map(([bucket, values]) => ({ bucket, values })) };
}

/** Distinct visitors (anonymous ids, per app) per day. */
export async function dailyActiveVisitors(n = 30) {
  return db.execute<{ bucket: string; value: number }>(sql`
    select d::date::text as bucket, (select count(*)::int from console_visitor_daily v where v.day = d::date) as value
    from ${days(n)} d order by 1`);
}

/**
 * Sessions started per day and their median length in minutes (ended sessions). Each day is its
 * own range of idx_session_start_id, so the median sorts one day's sessions at a time, in float8.
 */
export async function sessionsPerDay(n = 30) {
  return db.execute<{ day: string; sessions: number; median_minutes: number | null }>(sql`
    select d::date::text as day, s.sessions, s.median_minutes
    from ${days(n)} d cross join lateral (
      select count(*)::int as sessions,
             round((percentile_cont(0.5) within group (order by date_part('epoch', ended_at - started_at)) / 60)::numeric, 1)::float8 as median_minutes
      from sessions where started_at >= d and started_at < d + interval '1 day'
    ) s
    order by d`);
}

/** The apps with the most events over the range: summed per app first, names for the top ones only. */
export async function topApps(n = 30, limit = 10) {
  return db.execute<{ label: string; value: number }>(sql`
    select a.name as label, t.value
    from (
      select app_id, sum(events)::int as value from console_event_daily
      where day >= ${since(n)} group by app_id order by 2 desc limit ${limit}
    ) t join tracked_apps a on a.id = t.app_id
    order by t.value desc`);
}
