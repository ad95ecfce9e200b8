import "server-only";
import { and, count, eq, gte, sql } from "drizzle-orm";
import type { Resource } from "@/lib/auth/permissions";
import type { Bucket, DateRange } from "@/lib/dates";
import { timeSeries } from "@/lib/charts/series";
import { subscriptionsGrid } from "@/lib/billing/subscriptions/grid";
import { dealsGrid } from "@/lib/crm/deals/grid";
import { estimateRows } from "@/lib/data-table/estimate";
import { gridQueryString } from "@/lib/data-table/search-params";
import { db } from "@/lib/db/client";
import {
  courses,
  deals,
  enrollments,
  events,
  organizations,
  subscriptions,
  tokenUsage,
  trackedApps,
  user,
} from "@/lib/db/schema";

/** `grid`: the grid the figure counts, filtered to match (the card links there for a role that may read it). */
export type ProductFigure = {
  product: string;
  label: string;
  value: number;
  format: "count" | "cents" | "microcents";
  approximate?: boolean;
  grid: { resource: Resource; href: string };
};

const DAY_MS = 86_400_000;

/** Headline figures per product. Big append-only tables use the planner's estimate, never COUNT(*). */
export async function productFigures(): Promise<ProductFigure[]> {
  const monthAgo = new Date(Date.now() - 30 * DAY_MS);
  const [
    [users],
    [courseCount],
    [enrollmentCount],
    [orgs],
    [activeSubs],
    [apps],
    eventEstimate,
    [aiSpend],
    [openPipeline],
  ] = await Promise.all([
    db.select({ n: count() }).from(user),
    db.select({ n: count() }).from(courses),
    db.select({ n: count() }).from(enrollments),
    db.select({ n: count() }).from(organizations),
    db.select({ n: count() }).from(subscriptions).where(eq(subscriptions.status, "active")),
    db.select({ n: count() }).from(trackedApps),
    estimateRows(events, undefined),
    db
      .select({ n: sql<number>`coalesce(sum(${tokenUsage.costMicrocents}), 0)::bigint` })
      .from(tokenUsage)
      .where(gte(tokenUsage.createdAt, monthAgo)),
    db
      .select({ n: sql<number>`coalesce(sum(${deals.amountCents}), 0)::bigint` })
      .from(deals)
      .where(and(sql`${deals.stage} in ('lead', 'qualified')`)),
  ]);
  return [
    { product: "People", label: "Users", value: users.n, format: "count", grid: { resource: "user", href: "/people/users" } },
    { product: "Learning", label: "Courses", value: courseCount.n, format: "count", grid: { resource: "course", href: "/learning/courses" } },
    { product: "Learning", label: "Enrollments", value: enrollmentCount.n, format: "count", grid: { resource: "enrollment", href: "/learning/enrollments" } },
    { product: "SaaS", label: "Organizations", value: orgs.n, format: "count", grid: { resource: "organization", href: "/billing/organizations" } },
    { product: "SaaS", label: "Active subscriptions", value: activeSubs.n, format: "count", grid: { resource: "subscription", href: `/billing/subscriptions${gridQueryString(subscriptionsGrid, { status: ["active"] })}` } },
    { product: "Analytics", label: "Tracked apps", value: apps.n, format: "count", grid: { resource: "trackedApp", href: "/analytics/apps" } },
    { product: "Analytics", label: "Events", value: eventEstimate, format: "count", approximate: true, grid: { resource: "event", href: "/analytics/events" } },
    { product: "AI", label: "Token spend, 30 days", value: Number(aiSpend.n), format: "microcents", grid: { resource: "tokenUsage", href: "/ai/spend" } },
    { product: "CRM", label: "Open pipeline", value: Number(openPipeline.n), format: "cents", grid: { resource: "deal", href: `/sales/deals${gridQueryString(dealsGrid, { stage: ["lead", "qualified"] })}` } },
  ];
}

/** Sign-ups per bucket over the range, buckets without any as 0. */
export function signUpsOverTime(range: DateRange, bucket: Bucket) {
  return timeSeries({ time: user.createdAt, value: sql`count(*)`, range, bucket });
}
