import "server-only";
// The organization page's usage in the credit period and its history (the audit log, scoped).
import { and, desc, eq, or, sql } from "drizzle-orm";
import { auditBinding, listAuditEntries } from "@/lib/audit/queries";
import { timeSeries } from "@/lib/charts/series";
import type { GridState } from "@/lib/data-table/search-params";
import { scopeGrid } from "@/lib/data-table/sql";
import { toIsoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { apiUsage, auditLog } from "@/lib/db/schema";
import { organizationAuditGrid } from "./grid";

type Period = { start: Date; end: Date };

const inPeriod = (period: Period) => sql`${apiUsage.createdAt} >= ${period.start.toISOString()} and ${apiUsage.createdAt} < ${period.end.toISOString()}`;

/** Credits per UTC day from the previous period's start to the current period's end. */
export function dailyCredits(organizationId: string, previousStart: Date, period: Period) {
  const lastDay = new Date(period.end.getTime() - 1);
  return timeSeries({
    value: sql`sum(${apiUsage.creditsUsed})`,
    time: apiUsage.createdAt,
    range: { from: toIsoDay(previousStart), to: toIsoDay(lastDay) },
    bucket: "day",
    where: eq(apiUsage.organizationId, organizationId),
  });
}

/** Credits and calls per API key in the period (org-level calls have no key). */
export function usageByApiKey(organizationId: string, period: Period) {
  return db
    .select({
      apiKeyId: apiUsage.apiKeyId,
      calls: sql<number>`count(*)::int`,
      credits: sql<number>`sum(${apiUsage.creditsUsed})::bigint`.mapWith(Number),
      lastUsedAt: sql<Date>`max(${apiUsage.createdAt})`.mapWith((v: string) => new Date(v)),
    })
    .from(apiUsage)
    .where(and(eq(apiUsage.organizationId, organizationId), inPeriod(period)))
    .groupBy(apiUsage.apiKeyId)
    .orderBy(desc(sql`sum(${apiUsage.creditsUsed})`))
    .limit(50);
}

/** Credits used in the period. */
export async function creditsInPeriod(organizationId: string, period: Period): Promise<number> {
  const [row] = await db
    .select({ credits: sql<number>`coalesce(sum(${apiUsage.creditsUsed}), 0)::bigint`.mapWith(Number) })
    .from(apiUsage)
    .where(and(eq(apiUsage.organizationId, organizationId), inPeriod(period)));
  return row.credits;
}

/**
 * The organization's history: audit rows about itself, its memberships and its subscription (whose
 * rows carry its id in before/after; idx_audit_resource and idx_audit_organization serve the two).
 */
export function listOrganizationAudit(organizationId: string, state: GridState) {
  const aboutOrganization = sql`coalesce(${auditLog.after}, ${auditLog.before}) ->> 'organizationId'`;
  const about = or(
    and(eq(auditLog.resource, "organization"), eq(auditLog.resourceId, organizationId)),
    and(sql`${auditLog.resource} in ('membership', 'subscription')`, sql`${aboutOrganization} = ${organizationId}`),
  )!;
  return listAuditEntries(state, scopeGrid(auditBinding, about, organizationAuditGrid));
}
