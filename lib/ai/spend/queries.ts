import "server-only";
// The AI spend views. PostgreSQL aggregates (gap-filled date buckets from lib/charts/series.ts);
// the page only formats and draws. Range charts read the per-day, per-model rollup (a few hundred
// rows per month, not every call); money comes back as numeric text where it is shown exactly,
// and as float8 only where a chart draws it.
import { and, desc, eq, sql } from "drizzle-orm";
import type { Bucket, DateRange } from "@/lib/dates";
import { stackedSeries, timeSeries, withinRange } from "@/lib/charts/series";
import { db } from "@/lib/db/client";
import { consoleTokenUsageDays as days, consoleTokenUsageMonths as months, promptLogs, tokenUsage, user, userProfiles } from "@/lib/db/schema";
import { budgetShare, budgetState, monthOf, projectMonthEnd } from "../budget";
import { usersPastThreshold } from "../profiles/queries";

type Range = Pick<DateRange, "from" | "to">;

/** Cost per model per bucket, stacked (micro-cents). */
export function costPerModel(range: Range, bucket: Bucket) {
  return stackedSeries({ value: sql`sum(${days.costMicrocents})`, time: days.day, range, bucket, dimension: days.model, maxSeries: 6 });
}

/** Prompt vs completion tokens per bucket: each rollup row counted twice, once per kind, in one scan. */
export function promptVsCompletionTokens(range: Range, bucket: Bucket) {
  return stackedSeries({
    value: sql`sum(part.tokens)`,
    time: days.day,
    from: sql`${days} cross join lateral (values ('Prompt', ${days.promptTokens}), ('Completion', ${days.completionTokens})) as part(kind, tokens)`,
    dimension: sql`part.kind`,
    range,
    bucket,
  });
}

export type SpendTotals = { costMicrocents: string; promptTokens: number; completionTokens: number; calls: number };

/** Exact totals of the range (cost as numeric text). */
export async function spendTotals(range: Range): Promise<SpendTotals> {
  const [row] = await db
    .select({
      costMicrocents: sql<string>`coalesce(sum(${days.costMicrocents}), 0)::text`,
      promptTokens: sql<number>`coalesce(sum(${days.promptTokens}), 0)::float8`,
      completionTokens: sql<number>`coalesce(sum(${days.completionTokens}), 0)::float8`,
      calls: sql<number>`coalesce(sum(${days.calls}), 0)::int`,
    })
    .from(days)
    .where(withinRange(days.day, range));
  return row;
}

export type Spender = { userId: string; name: string; email: string; costMicrocents: string; tokens: number; budget: number | null };

/** The users who spent most this UTC month (from the month rollup, by its (month, cost) index). */
export async function topSpenders(now = new Date(), limit = 10): Promise<Spender[]> {
  const rows = await db
    .select({
      userId: months.userId,
      name: user.name,
      email: user.email,
      costMicrocents: sql<string>`${months.costMicrocents}::text`,
      tokens: sql<number>`${months.tokens}::float8`,
      budget: userProfiles.monthlyTokenBudget,
    })
    .from(months)
    .innerJoin(user, eq(user.id, months.userId))
    .leftJoin(userProfiles, eq(userProfiles.userId, months.userId))
    .where(eq(months.month, monthOf(now).start))
    .orderBy(desc(months.costMicrocents), months.userId)
    .limit(limit);
  return rows.map((row) => ({ ...row, budget: row.budget && row.budget > 0 ? row.budget : null }));
}

export type OverBudgetUser = { userId: string; name: string; email: string; tokens: number; budget: number; share: number };

/** Users over their budget this UTC month, most over first, and how many there are. */
export async function usersOverBudget(now = new Date(), limit = 10): Promise<{ count: number; users: OverBudgetUser[] }> {
  const month = monthOf(now).start;
  const over = and(eq(months.month, month), sql`${months.userId} = any(array(${usersPastThreshold(month, true)}))`);
  const [rows, [{ count }]] = await Promise.all([
    db
      .select({ userId: months.userId, name: user.name, email: user.email, tokens: sql<number>`${months.tokens}::float8`, budget: userProfiles.monthlyTokenBudget })
      .from(months)
      .innerJoin(userProfiles, eq(userProfiles.userId, months.userId))
      .innerJoin(user, eq(user.id, months.userId))
      .where(over)
      .orderBy(sql`${months.tokens}::float8 / ${userProfiles.monthlyTokenBudget} desc`, months.userId)
      .limit(limit),
    db.select({ count: sql<number>`count(*)::int` }).from(months).innerJoin(userProfiles, eq(userProfiles.userId, months.userId)).where(over),
  ]);
  return { count, users: rows.map((row) => ({ ...row, share: row.tokens / row.budget })) };
}

export type ModelQuality = {
  model: string;
  calls: number;
  errorRate: number;
  filteredRate: number;
  p50: number | null;
  p95: number | null;
};

/** Per model, from prompt_logs in the range: error and filtered shares, latency p50/p95 (ms) — read from idx_log_time_cover alone. */
export async function modelQuality(range: Range): Promise<ModelQuality[]> {
  const rows = await db
    .select({
      model: promptLogs.model,
      calls: sql<number>`count(*)::int`,
      errorRate: sql<number>`(count(*) filter (where ${promptLogs.status} = 'error'))::float8 / count(*)`,
      filteredRate: sql<number>`(count(*) filter (where ${promptLogs.status} = 'filtered'))::float8 / count(*)`,
      p50: sql<number | null>`percentile_cont(0.5) within group (order by ${promptLogs.latencyMs})::float8`,
      p95: sql<number | null>`percentile_cont(0.95) within group (order by ${promptLogs.latencyMs})::float8`,
    })
    .from(promptLogs)
    .where(withinRange(promptLogs.createdAt, range))
    .groupBy(promptLogs.model)
    .orderBy(desc(sql`count(*)`), promptLogs.model);
  return rows;
}

export type BurnPoint = { day: string; actual: number | null; projected: number | null };

export type Burn = { month: ReturnType<typeof monthOf>; points: BurnPoint[]; tokens: number; projected: number; budget: number | null; projectedShare: number | null; projectedState: ReturnType<typeof budgetState> };

/**
 * One user's month to date: cumulative tokens per UTC day (gap-filled, from token_usage by its
 * (user_id, created_at) index) and a straight-line projection to month end at the month-to-date rate.
 */
export async function userBurn(userId: string, budget: number | null, now = new Date()): Promise<Burn> {
  const month = monthOf(now);
  const today = now.toISOString().slice(0, 10);
  const daily = await timeSeries({
    value: sql`sum(${tokenUsage.promptTokens} + ${tokenUsage.completionTokens})`,
    time: tokenUsage.createdAt,
    where: eq(tokenUsage.userId, userId),
    range: { from: month.start, to: today },
    bucket: "day",
  });
  let running = 0;
  const actual = daily.map((point) => ({ day: point.bucket, tokens: (running += point.value) }));
  const tokens = running;
  const projected = projectMonthEnd(tokens, now);
  const startMs = Date.parse(`${month.start}T00:00:00Z`);
  const endMs = Date.parse(`${month.next}T00:00:00Z`);
  const points: BurnPoint[] = [];
  for (let day = 0; day < month.days; day++) {
    const iso = new Date(startMs + day * 86_400_000).toISOString().slice(0, 10);
    const done = actual[day];
    // The projection starts at today's actual and reaches `projected` at the month's last instant.
    const endOfDay = Math.min(startMs + (day + 1) * 86_400_000, endMs);
    const projection = iso >= today ? Math.round(tokens + ((projected - tokens) * (endOfDay - now.getTime())) / (endMs - now.getTime() || 1)) : null;
    points.push({ day: iso, actual: done ? done.tokens : null, projected: projection });
  }
  return { month, points, tokens, projected, budget, projectedShare: budgetShare(projected, budget), projectedState: budgetState(projected, budget) };
}
