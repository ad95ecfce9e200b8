import "server-only";
// Fixed-window rate limits kept in PostgreSQL (console_rate_limits), so every console instance
// behind a load balancer counts against the same limit. One atomic upsert per hit.
import { sql } from "drizzle-orm";
import { db } from "@/lib/db/client";

export type RateLimitVerdict = { allowed: boolean; retryAfter: number };

/** Counts one hit on `key`; allowed while the window's hits stay within `limit`. */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number): Promise<RateLimitVerdict> {
  const [row] = await db.execute<{ hits: number; retry_after: number }>(sql`
    insert into console_rate_limits as r (key, window_started_at, hits) values (${key}, now(), 1)
    on conflict (key) do update set
      window_started_at = case when r.window_started_at <= now() - make_interval(secs => ${windowSeconds}) then now() else r.window_started_at end,
      hits = case when r.window_started_at <= now() - make_interval(secs => ${windowSeconds}) then 1 else r.hits + 1 end
    returning hits, ceil(extract(epoch from r.window_started_at + make_interval(secs => ${windowSeconds}) - now()))::int as retry_after`);
  // Now and then, forget windows that ended long ago.
  if (Math.random() < 0.01) await db.execute(sql`delete from console_rate_limits where window_started_at < now() - interval '1 day'`);
  return { allowed: row.hits <= limit, retryAfter: Math.max(1, row.retry_after) };
}

/** Whether `key` has already used up `limit` hits in its current window (counts nothing). */
export async function isRateLimited(key: string, limit: number, windowSeconds: number): Promise<boolean> {
  const [row] = await db.execute<{ limited: boolean }>(sql`
    select hits >= ${limit} as limited from console_rate_limits
    where key = ${key} and window_started_at > now() - make_interval(secs => ${windowSeconds})`);
  return row?.limited ?? false;
}
