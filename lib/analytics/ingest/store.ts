import "server-only";
// The ingest endpoint's database side: one statement authenticates the key and counts the
// request against its rate window (state in PostgreSQL, so every console instance shares it),
// one function call writes a batch (receipts, sessionization, events — see migration
// "analytics_ingest"), and a bounded sweep ends idle sessions and forgets old receipts.
import { sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import type { EventRow } from "./messages";

/** Rate windows are this long; the limit is per key and per window. */
export const RATE_WINDOW_SECONDS = 10;
/** messageIds are remembered this long (Segment SDKs give up retrying after 12 h by default). */
export const RECEIPT_HOURS = 48;

/** Events per second per key: INGEST_RATE_LIMIT, default 10,000. */
export function ingestRateLimit(): number {
  const value = Number(process.env.INGEST_RATE_LIMIT);
  return Number.isInteger(value) && value > 0 ? value : 10_000;
}

export type KeyCheck = { appId: null } | { appId: string; limited: boolean; retryAfterSeconds: number };

/** Finds the app of `key` and adds `messages` to its current window. */
export async function checkKey(key: string, messages: number): Promise<KeyCheck> {
  const rows = await db.execute<{ app_id: string; hits: number | null; window_start: string | null; now: string }>(sql`
    with app as (select id from tracked_apps where api_key = ${key}),
    hit as (
      insert into console_ingest_rate_windows as r (bucket, window_start, hits)
      select 'ingest:' || app.id, to_timestamp(floor(extract(epoch from clock_timestamp()) / ${RATE_WINDOW_SECONDS}) * ${RATE_WINDOW_SECONDS}), ${messages}::int
      from app
      on conflict (bucket) do update set
        hits = case when r.window_start = excluded.window_start then r.hits + excluded.hits else excluded.hits end,
        window_start = excluded.window_start
      returning hits, window_start
    )
    select app.id as app_id, hit.hits, extract(epoch from hit.window_start)::float8 as window_start,
           extract(epoch from clock_timestamp())::float8 as now
    from app left join hit on true`);
  const row = rows[0];
  if (!row) return { appId: null };
  const limit = ingestRateLimit() * RATE_WINDOW_SECONDS;
  const windowEnds = Number(row.window_start) + RATE_WINDOW_SECONDS;
  return {
    appId: row.app_id,
    limited: Number(row.hits) > limit,
    retryAfterSeconds: Math.max(1, Math.ceil(windowEnds - Number(row.now))),
  };
}

export async function writeBatch(appId: string, rows: EventRow[]): Promise<{ accepted: number; duplicates: number }> {
  const [result] = await db.execute<{ accepted: number; duplicates: number }>(
    sql`select accepted, duplicates from console_ingest(${appId}::uuid, ${JSON.stringify(rows)}::jsonb)`,
  );
  return result;
}

/** Ends up to `limit` idle sessions and deletes up to `limit` expired receipts. */
export async function sweepIngest(limit = 1000): Promise<{ sessionsEnded: number; receiptsDeleted: number }> {
  const [ended] = await db.execute<{ n: number }>(sql`select console_close_idle_sessions(${limit}::int) as n`);
  const deleted = await db.execute(sql`
    delete from console_ingest_receipts where ctid = any(array(
      select ctid from console_ingest_receipts
      where received_at < now() - make_interval(hours => ${RECEIPT_HOURS}) limit ${limit}))`);
  return { sessionsEnded: ended.n, receiptsDeleted: deleted.count };
}
