import "server-only";
import { and, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { consoleDealLastActivity, deals, user } from "@/lib/db/schema";
import { openDealStages, type DealStage } from "@/lib/db/schema/crm-values";

const WIN_RATE_DAYS = 90;
const STALE_DAYS = 30;
const openStages = [...openDealStages];
const cents = (expression: ReturnType<typeof sql>) => sql<string>`coalesce(sum(${expression}), 0)::text`.mapWith(Number);

/** Open pipeline value per open stage. */
function openValueByStage() {
  return db
    .select({ stage: deals.stage, count: sql<number>`count(*)::int`, totalCents: cents(sql`${deals.amountCents}`) })
    .from(deals)
    .where(inArray(deals.stage, openStages))
    .groupBy(deals.stage) as Promise<{ stage: DealStage; count: number; totalCents: number }[]>;
}

/** Won ÷ (won + lost) among deals that closed in the last 90 days. */
async function winRate() {
  const [row] = await db
    .select({ won: sql<number>`count(*) filter (where ${deals.stage} = 'won')::int`, closed: sql<number>`count(*)::int` })
    .from(deals)
    .where(and(inArray(deals.stage, ["won", "lost"]), gte(deals.closeDate, sql`now() - make_interval(days => ${WIN_RATE_DAYS})`), lt(deals.closeDate, sql`now()`)));
  return { ...row, rate: row.closed === 0 ? null : row.won / row.closed, days: WIN_RATE_DAYS };
}

/** Open deals expected to close in the current (UTC) month. */
async function closingThisMonth() {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, totalCents: cents(sql`${deals.amountCents}`) })
    .from(deals)
    .where(
      and(
        inArray(deals.stage, openStages),
        gte(deals.closeDate, sql`date_trunc('month', now() at time zone 'utc') at time zone 'utc'`),
        lt(deals.closeDate, sql`(date_trunc('month', now() at time zone 'utc') + interval '1 month') at time zone 'utc'`),
      ),
    );
  return row;
}

/** The owners with the most won in the last 90 days. */
function wonByOwner(limit = 10) {
  return db
    .select({ ownerId: deals.ownerId, ownerName: user.name, count: sql<number>`count(*)::int`, totalCents: cents(sql`${deals.amountCents}`) })
    .from(deals)
    .innerJoin(user, eq(user.id, deals.ownerId))
    .where(and(eq(deals.stage, "won"), gte(deals.closeDate, sql`now() - make_interval(days => ${WIN_RATE_DAYS})`)))
    .groupBy(deals.ownerId, user.name)
    .orderBy(desc(sql`sum(${deals.amountCents})`), deals.ownerId)
    .limit(limit);
}

// Nested so drizzle keeps the table names of the correlation (see lib/learning/courses/queries.ts).
const sameDeal = sql`${consoleDealLastActivity.dealId} = ${deals.id}`;
const recentActivity = sql`${consoleDealLastActivity.lastActivityAt} > now() - make_interval(days => ${STALE_DAYS})`;
const noRecentActivity = sql`not exists (select 1 from ${consoleDealLastActivity} where ${sameDeal} and ${recentActivity})`;

/** Open deals with an activity in the last 30 days: one range of the rollup's partial index (its predicate spelled alike). */
async function recentlyActiveOpenDeals() {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(consoleDealLastActivity)
    .where(and(sql`${consoleDealLastActivity.stage} in ('lead', 'qualified')`, recentActivity));
  return row.count;
}

/** The biggest open deals with no activity in 30 days. */
function biggestStaleDeals(limit = 10) {
  return db
    .select({ id: deals.id, title: deals.title, stage: deals.stage, amountCents: deals.amountCents, ownerName: user.name })
    .from(deals)
    .innerJoin(user, eq(user.id, deals.ownerId))
    .where(and(inArray(deals.stage, openStages), noRecentActivity))
    .orderBy(desc(deals.amountCents), deals.id)
    .limit(limit);
}

/** Everything the Sales overview shows, side by side. Stale deals (open, no activity for 30 days) are the open ones less the recently active. */
export async function salesOverview() {
  const [byStage, wins, closing, owners, activeOpen, staleTop] = await Promise.all([
    openValueByStage(),
    winRate(),
    closingThisMonth(),
    wonByOwner(),
    recentlyActiveOpenDeals(),
    biggestStaleDeals(),
  ]);
  const openCount = byStage.reduce((sum, row) => sum + row.count, 0);
  return { byStage, wins, closing, owners, stale: { count: openCount - activeOpen, days: STALE_DAYS, deals: staleTop } };
}
