import "server-only";
// Fixed-window rate limits kept in PostgreSQL (console_rate_limits), so every console instance
// behind a load balancer counts against the same limit. One atomic upsert per hit.
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db/client";

export type RateLimitVerdict = { allowed: boolean; retryAfter: number };

/**
 * The upsert counting `cost` hits on `key` (a value, or an expression over `from`), returning
 * `hits` and `retry_after` (seconds): a window opens at its first hit and lasts `windowSeconds`.
 * As SQL so a hot path (ingest) can count in the same statement that does its other work.
 */
export function rateLimitHit(key: string | SQL, cost: number, windowSeconds: number, from: SQL = sql``): SQL {
  const expired = sql`r.window_started_at <= now() - make_interval(secs => ${windowSeconds})`;
  return sql`
    insert into console_rate_limits as r (key, window_started_at, hits) select (${key})::text, now(), ${cost}::int ${from}
    on conflict (key) do update set
      window_started_at = case when ${expired} then now() else r.window_started_at end,
      hits = case when ${expired} then excluded.hits else r.hits + excluded.hits end
    returning hits, greatest(1, ceil(extract(epoch from r.window_started_at + make_interval(secs => ${windowSeconds}) - now())))::int as retry_after`;
}

/** Counts `cost` hits (default one) on `key`; allowed while the window's hits stay within `limit`. */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number, cost = 1): Promise<RateLimitVerdict> {
  const [row] = await db.execute<{ hits: number; retry_after: number }>(rateLimitHit(key, cost, windowSeconds));
  // Now and then, forget windows that ended long ago.
  if (Math.random() < 0.01) await db.execute(sql`delete from console_rate_limits where window_started_at < now() - interval '1 day'`);
  return { allowed: row.hits <= limit, retryAfter: row.retry_after };
}

/** Whether `key` has already used up `limit` hits in its current window (counts nothing). */
export async function isRateLimited(key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const [row] = await db.execute<{ limited: boolean }>(sql`
    select hits >= ${limit} as limited from console_rate_limits
    where key = ${key} and window_started_at > now() - make_interval(secs => ${windowSeconds})`);
  return row?.limited ?? false;
}
