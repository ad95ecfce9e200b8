import "server-only";
// The credit period of an organization: the month ending at its subscription's current_period_end,
// else the running calendar month — both in UTC (month arithmetic in UTC whatever the session zone).
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { apiUsage, subscriptions } from "@/lib/db/schema";

const utcMonthStart = sql`date_trunc('month', now(), 'UTC')`;
const plusMonths = (instant: SQL | AnyPgColumn, months: number) =>
  sql`((${instant} at time zone 'UTC') + interval '${sql.raw(String(months))} month') at time zone 'UTC'`;

/** [start, end) of the period ending at `periodEnd` (a nullable timestamptz column). */
export function creditPeriod(periodEnd: AnyPgColumn = subscriptions.currentPeriodEnd) {
  const end = sql<Date>`coalesce(${periodEnd}, ${plusMonths(utcMonthStart, 1)})`;
  return { start: sql<Date>`(${plusMonths(end, -1)})`, end };
}

/** The credit period before `period`: the month before it. */
export function previousPeriod(period: ReturnType<typeof creditPeriod>) {
  return { start: sql<Date>`(${plusMonths(period.start, -1)})`, end: period.start };
}

/**
 * Credits `organizationId` used in the period: one range scan of idx_usage_org_time per row (a
 * correlated subquery, so a grid computes it for its page's rows only).
 */
export function creditsUsedIn(organizationId: AnyPgColumn, period: { start: SQL; end: SQL }) {
  return sql<number>`(select coalesce(sum(${apiUsage.creditsUsed}), 0)::bigint from ${apiUsage}
    where ${apiUsage.organizationId} = ${organizationId} and ${apiUsage.createdAt} >= ${period.start} and ${apiUsage.createdAt} < ${period.end})`.mapWith(Number);
}

/** A timestamptz expression selected as a Date (raw sql`` values arrive as PostgreSQL text). */
export function asDate(instant: SQL) {
  return sql`${instant}`.mapWith((value: string | Date) => new Date(value));
}
