import "server-only";
// The ingest endpoint's database side: one statement re-checks the key and counts the request
// against its rate window (console_rate_limits, shared by every console instance), one function
// call writes a batch in one transaction (receipts, sessionization, events — see the migrations
// "analytics_ingest" and "ingest_fast_path"), and a bounded sweep ends idle sessions and forgets
// old receipts.
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

/** One batch in one transaction (console_ingest: receipts, sessionization, events). */
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
