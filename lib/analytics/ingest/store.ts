import "server-only";
// The ingest endpoint's database side. A valid batch is one statement: it re-checks the key, reads
// the key's rate window (console_rate_limits, shared by every console instance), writes the batch
// (console_ingest: receipts, sessionization, events — see the migrations "analytics_ingest" and
// "analytics_name_rollup_and_session_lookup") and counts it, in one transaction. A request with
// nothing to write (invalid or ignored messages) is only admitted. A bounded sweep ends idle
// sessions and forgets old receipts.
import { sql } from "drizzle-orm";
import { rateLimitHit } from "@/lib/actions/rate-limit";
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

export type Admission = { keyValid: false } | { keyValid: true; limited: boolean; retryAfterSeconds: number };

/**
 * Checks that `key` is still `appId`'s and counts `messages` against its rate window, in one
 * statement. The count is committed without waiting for the WAL flush (synchronous_commit off for
 * this transaction only): a count lost in a crash costs nothing, and a flush per request would.
 */
export async function admit(appId: string, key: string, messages: number): Promise<Admission> {
  const rows = await db.execute<{ hits: number; retry_after: number }>(sql`
    with app as (
      select id, set_config('synchronous_commit', 'off', true) from tracked_apps where id = ${appId}::uuid and api_key = ${key}
    ),
    hit as (${rateLimitHit(sql`'ingest:' || app.id`, messages, RATE_WINDOW_SECONDS, sql`from app`)})
    select hit.hits, hit.retry_after from hit`);
  const row = rows[0];
  if (!row) return { keyValid: false };
  return { keyValid: true, limited: row.hits > ingestRateLimit() * RATE_WINDOW_SECONDS, retryAfterSeconds: row.retry_after };
}

export type Written = { keyValid: false } | { keyValid: true; limited: true; retryAfterSeconds: number } | { keyValid: true; limited: false; accepted: number; duplicates: number };

/**
 * Admission and the write of a valid batch in one statement (one round trip less per batch). The
 * window is read first and counted last: the batch is written only while the window has room, and
 * its counter row is locked only from the count to the commit, so concurrent batches of one key
 * wait for each other no longer than that. A refused batch counts nothing.
 */
export async function admitAndWrite(appId: string, key: string, messages: number, rows: EventRow[]): Promise<Written> {
  const bucket = sql`'ingest:' || ${appId}`;
  const [row] = await db.execute<{ key_valid: boolean; accepted: number | null; duplicates: number | null; retry_after: number | null }>(sql`
    with app as (
      select id from tracked_apps where id = ${appId}::uuid and api_key = ${key}
    ), window_now as (
      select r.hits, greatest(1, ceil(extract(epoch from r.window_started_at + make_interval(secs => ${RATE_WINDOW_SECONDS}) - now())))::int as retry_after
      from console_rate_limits r where r.key = ${bucket} and r.window_started_at > now() - make_interval(secs => ${RATE_WINDOW_SECONDS})
    ), written as materialized (
      select w.accepted, w.duplicates from app, console_ingest(app.id, ${JSON.stringify(rows)}::jsonb) w
      where coalesce((select hits from window_now), 0) + ${messages}::int <= ${ingestRateLimit() * RATE_WINDOW_SECONDS}::int
    ), counted as (${rateLimitHit(bucket, messages, RATE_WINDOW_SECONDS, sql`from written`)})
    select exists (select 1 from app) as key_valid, w.accepted, w.duplicates, (select retry_after from window_now) as retry_after
    from (select 1) one left join written w on true`);
  if (!row.key_valid) return { keyValid: false };
  if (row.accepted === null || row.duplicates === null) return { keyValid: true, limited: true, retryAfterSeconds: row.retry_after ?? 1 };
  return { keyValid: true, limited: false, accepted: row.accepted, duplicates: row.duplicates };
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
