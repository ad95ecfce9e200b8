import "server-only";
// Figures of the Billing overview (finance). PostgreSQL aggregates; the page formats and draws.
import { and, eq, ne, sql } from "drizzle-orm";
import { categoryTotals, OTHER, stackedSeries, withinRange, type CategoryTotal } from "@/lib/charts/series";
import type { Bucket, DateRange } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { consoleApiUsageDays, consoleApiUsagePlanDays, organizations, plans, subscriptions } from "@/lib/db/schema";
import { subscriptionStatuses, subscriptionStatusLabels, type SubscriptionStatus } from "@/lib/db/schema/saas-values";
import { creditPeriod, creditsUsedIn } from "../usage/period";

const cents = (condition: ReturnType<typeof sql>) => sql<number>`coalesce(sum(${plans.priceCents}) filter (where ${condition}), 0)::bigint`.mapWith(Number);

/** Monthly recurring revenue: the plan prices of active subscriptions; past due apart (at risk). */
export async function recurringRevenue() {
  const [row] = await db
    .select({
      activeCents: cents(sql`${subscriptions.status} = 'active'`),
      pastDueCents: cents(sql`${subscriptions.status} = 'past_due'`),
      trialingCents: cents(sql`${subscriptions.status} = 'trialing'`),
      paying: sql<number>`(count(*) filter (where ${subscriptions.status} = 'active' and ${plans.priceCents} > 0))::int`,
    })
    .from(subscriptions)
    .innerJoin(plans, eq(plans.id, subscriptions.planId));
  return row;
}

/** MRR per plan (active subscriptions), largest first. */
export function recurringRevenueByPlan() {
  return categoryTotals({
    value: sql`sum(${plans.priceCents})`,
    dimension: plans.name,
    from: sql`${subscriptions} join ${plans} on ${plans.id} = ${subscriptions.planId}`,
    where: sql`${subscriptions.status} = 'active'`,
  });
}

export async function subscriptionsByStatus(): Promise<{ status: SubscriptionStatus; label: string; value: number }[]> {
  const rows = await db.select({ status: subscriptions.status, count: sql<number>`count(*)::int` }).from(subscriptions).groupBy(subscriptions.status);
  return subscriptionStatuses.map((status) => ({ status, label: subscriptionStatusLabels[status], value: rows.find((r) => r.status === status)?.count ?? 0 }));
}

/**
 * Trials converting: of the subscriptions started in the range, how many are paying now (active or
 * past due), still trialing, or canceled — and the share that converted among those decided.
 */
export async function trialConversion(range: DateRange) {
  const [row] = await db
    .select({
      started: sql<number>`count(*)::int`,
      converted: sql<number>`(count(*) filter (where ${subscriptions.status} in ('active', 'past_due')))::int`,
      trialing: sql<number>`(count(*) filter (where ${subscriptions.status} = 'trialing'))::int`,
      canceled: sql<number>`(count(*) filter (where ${subscriptions.status} = 'canceled'))::int`,
    })
    .from(subscriptions)
    .where(withinRange(subscriptions.createdAt, range));
  const decided = row.converted + row.canceled;
  return { ...row, rate: decided === 0 ? null : row.converted / decided };
}

/** Organizations with a live subscription whose credits this period exceed their plan's monthly credits. */
export async function organizationsOverQuota(): Promise<number> {
  const used = creditsUsedIn(subscriptions.organizationId, creditPeriod());
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(subscriptions)
    .innerJoin(plans, eq(plans.id, subscriptions.planId))
    .where(and(ne(subscriptions.status, "canceled"), sql`${used} > ${plans.monthlyCredits}`));
  return row.count;
}

/**
 * Credits per day stacked by the plan the organization was on when it used them (the rollup keeps
 * that; a plan deleted since is labelled as such, no subscription as "(none)").
 */
export function creditsPerDayByPlan(range: DateRange, bucket: Bucket) {
  return stackedSeries({
    value: sql`sum(${consoleApiUsagePlanDays.creditsUsed})`,
    time: consoleApiUsagePlanDays.day,
    range,
    bucket,
    dimension: sql`case when ${consoleApiUsagePlanDays.planId} is null then null else coalesce(${plans.name}, 'Deleted plan') end`,
    from: sql`${consoleApiUsagePlanDays} left join ${plans} on ${plans.id} = ${consoleApiUsagePlanDays.planId}`,
  });
}

const TOP_ORGANIZATIONS = 10;

/**
 * The organizations that used the most credits in the range, largest first; past ten, the nine
 * largest and the rest as "Other" (as the chart kit folds). Ranked per organization before any
 * name is read, so only the leaders meet the join.
 */
export async function topOrganizationsByUsage(range: DateRange): Promise<CategoryTotal[]> {
  const rows = await db.execute<{ label: string; value: number; organizations: number; total: number }>(sql`
    with per_organization as (
      select ${consoleApiUsageDays.organizationId} as organization_id, sum(${consoleApiUsageDays.creditsUsed}) as credits
      from ${consoleApiUsageDays} where ${withinRange(consoleApiUsageDays.day, range)} group by 1
    ),
    leaders as (
      select organization_id, credits, count(*) over () as organizations, sum(credits) over () as total
      from per_organization order by credits desc, organization_id limit ${TOP_ORGANIZATIONS}
    )
    select ${organizations.name} as label, l.credits::float8 as value, l.organizations::int as organizations, l.total::float8 as total
    from leaders l join ${organizations} on ${organizations.id} = l.organization_id
    order by l.credits desc, ${organizations.name}`);
  if (rows.length === 0 || rows[0].organizations <= TOP_ORGANIZATIONS) return rows.map(({ label, value }) => ({ label, value }));
  const shown = rows.slice(0, TOP_ORGANIZATIONS - 1).map(({ label, value }) => ({ label, value }));
  // Credits are integers, well inside a double's exact range.
  const rest = rows[0].total - shown.reduce((sum, row) => sum + row.value, 0);
  return [...shown, { label: OTHER, value: rest }];
}
