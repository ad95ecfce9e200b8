import "server-only";
// Figures of the Billing overview (finance). PostgreSQL aggregates; the page formats and draws.
import { and, eq, ne, sql } from "drizzle-orm";
import { categoryTotals, stackedSeries, withinRange } from "@/lib/charts/series";
import type { Bucket, DateRange } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { consoleApiUsageDays, organizations, plans, subscriptions } from "@/lib/db/schema";
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

// Credits per day and organization (the rollup), with the plan of the organization's subscription (none: "(none)").
const usageDaysWithPlan = sql`${consoleApiUsageDays} left join ${subscriptions} on ${subscriptions.organizationId} = ${consoleApiUsageDays.organizationId}
  left join ${plans} on ${plans.id} = ${subscriptions.planId}`;

export function creditsPerDayByPlan(range: DateRange, bucket: Bucket) {
  return stackedSeries({
    value: sql`sum(${consoleApiUsageDays.creditsUsed})`,
    time: consoleApiUsageDays.day,
    range,
    bucket,
    dimension: plans.name,
    from: usageDaysWithPlan,
  });
}

export function topOrganizationsByUsage(range: DateRange) {
  // Summed per organization first, so only one row per organization meets the join.
  const perOrganization = sql`(select ${consoleApiUsageDays.organizationId} as organization_id, sum(${consoleApiUsageDays.creditsUsed}) as credits
    from ${consoleApiUsageDays} where ${withinRange(consoleApiUsageDays.day, range)} group by 1) per_organization`;
  return categoryTotals({
    value: sql`sum(per_organization.credits)`,
    dimension: organizations.name,
    from: sql`${perOrganization} join ${organizations} on ${organizations.id} = per_organization.organization_id`,
    limit: 10,
  });
}
