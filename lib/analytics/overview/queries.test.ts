// The overview's charts read rollups kept by triggers on events. Rows a product inserts with plain
// SQL (several statements, many rows per statement, no ingest endpoint) must count exactly as the
// raw events say, and leave the figures again when their app is deleted.
import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createApp } from "@/lib/analytics/test-fixtures";
import { db } from "@/lib/db/client";
import { dailyActiveVisitors, eventsPerDayByName, topApps } from "./queries";

/** UTC day `n` days ago, as the charts label it. */
const dayAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
/** Noon UTC of that day, so no row falls on a day boundary. */
const noonAgo = (n: number) => `${dayAgo(n)}T12:00:00Z`;

/** The charts' figures, computed from the raw events of the last 30 days. */
async function fromRawEvents() {
  const perDayName = await db.execute<{ day: string; name: string; events: number }>(sql`
    select (occurred_at at time zone 'UTC')::date::text as day, name, count(*)::int as events from events
    where occurred_at >= (now() at time zone 'UTC')::date - 29 group by 1, 2`);
  const visitors = await db.execute<{ day: string; visitors: number }>(sql`
    select (occurred_at at time zone 'UTC')::date::text as day, count(distinct (app_id, anonymous_id))::int as visitors from events
    where occurred_at >= (now() at time zone 'UTC')::date - 29 and anonymous_id is not null group by 1`);
  const perApp = await db.execute<{ label: string; value: number }>(sql`
    select a.name as label, count(*)::int as value from events e join tracked_apps a on a.id = e.app_id
    where e.occurred_at >= (now() at time zone 'UTC')::date - 29 group by a.id, a.name`);
  return { perDayName: [...perDayName], visitors: [...visitors], perApp: [...perApp] };
}

/** Every (day, name) count the stacked chart shows, "other" folded back out of its top names. */
async function chartCounts() {
  const chart = await eventsPerDayByName();
  return { keys: chart.keys, counts: new Map(chart.rows.flatMap((row) => Object.entries(row.values).map(([name, n]) => [`${row.bucket} ${name}`, n] as const))) };
}

/**
 * Asserts the three charts equal what the raw events give. Other test files write events at the
 * same time, between the two reads: it asks again (for up to 10 s) until one pair of reads agrees.
 */
function expectChartsMatchRawEvents() {
  return vi.waitFor(chartsMatchRawEvents, { timeout: 10_000, interval: 250 });
}

async function chartsMatchRawEvents() {
  const raw = await fromRawEvents();
  const { keys, counts } = await chartCounts();
  const expected = new Map<string, number>();
  for (const row of raw.perDayName) {
    const key = `${row.day} ${keys.includes(row.name) ? row.name : "other"}`;
    expected.set(key, (expected.get(key) ?? 0) + row.events);
  }
  expect(new Map([...counts].filter(([, n]) => n > 0))).toEqual(expected);

  const visitorsByDay = new Map(raw.visitors.map((row) => [row.day, row.visitors]));
  for (const { bucket, value } of await dailyActiveVisitors()) expect(value).toBe(visitorsByDay.get(bucket) ?? 0);

  // Every app with events shows exactly their count (other test files also write console_event_daily
  // rows without events, for their pickers: those apps are left out of the comparison).
  const top = new Map((await topApps(30, 1_000)).map((row) => [row.label, row.value]));
  expect(new Map(raw.perApp.map((row) => [row.label, top.get(row.label)]))).toEqual(new Map(raw.perApp.map((row) => [row.label, row.value])));
}

describe("analytics overview rollups", () => {
  it("count events that products insert directly with SQL exactly as the raw events, and let them go with their app", async () => {
    const app = await createApp("rollup_direct");
    const other = await createApp("rollup_direct_other");

    // Hand-made rows with known answers: 400 "rollup_probe" events 2 days ago (by 3 visitors, 40 with
    // no visitor), 250 today; 5 "rollup_rare" events yesterday in the other app.
    await db.execute(sql`
      insert into events (app_id, name, anonymous_id, occurred_at)
      select ${app.id}::uuid, 'rollup_probe', case when g <= 40 then null else 'visitor-' || (g % 3) end, ${noonAgo(2)}::timestamptz
      from generate_series(1, 400) g`);
    await db.execute(sql`
      insert into events (app_id, name, anonymous_id, occurred_at)
      select ${app.id}::uuid, 'rollup_probe', 'visitor-0', ${noonAgo(0)}::timestamptz - interval '1 hour' from generate_series(1, 250) g`);
    for (let i = 0; i < 5; i++) {
      await db.execute(sql`insert into events (app_id, name, anonymous_id, occurred_at) values (${other.id}, 'rollup_rare', 'visitor-9', ${noonAgo(1)})`);
    }

    const after = await chartCounts();
    expect(after.keys).toContain("rollup_probe");
    expect(after.counts.get(`${dayAgo(2)} rollup_probe`)).toBe(400);
    expect(after.counts.get(`${dayAgo(0)} rollup_probe`)).toBe(250);
    // A name outside the top ones is folded into "other", which other test files' events also reach
    // while this runs: its count is read from the rollup the chart folds.
    if (after.keys.includes("rollup_rare")) expect(after.counts.get(`${dayAgo(1)} rollup_rare`)).toBe(5);
    const [rare] = await db.execute<{ events: number }>(sql`
      select coalesce(sum(events), 0)::int as events from console_event_name_daily where day = ${dayAgo(1)}::date and name = 'rollup_rare'`);
    expect(rare.events).toBe(5);
    const top = new Map((await topApps(30, 1_000)).map((row) => [row.label, row.value]));
    expect(top.get(app.name)).toBe(650);
    expect(top.get(other.name)).toBe(5);
    await expectChartsMatchRawEvents();

    // An app's erasure cascades its events away: the figures follow.
    await db.execute(sql`delete from tracked_apps where id in (${app.id}, ${other.id})`);
    const gone = await chartCounts();
    expect(gone.keys).not.toContain("rollup_probe");
    await expectChartsMatchRawEvents();
  });
});
