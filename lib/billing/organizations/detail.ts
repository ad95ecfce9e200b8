import "server-only";
// The organization page's usage in the credit period and its audit history.
import { and, desc, eq, or, sql } from "drizzle-orm";
import { timeSeries } from "@/lib/charts/series";
import { toIsoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { apiUsage, auditLog } from "@/lib/db/schema";

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
 * The latest audit entries about the organization: itself, and its memberships and subscription
 * (whose rows carry its id in before/after; idx_audit_organization serves that lookup).
 */
export function organizationAudit(organizationId: string, limit = 20) {
  const aboutOrganization = sql`coalesce(${auditLog.after}, ${auditLog.before}) ->> 'organizationId'`;
  return db
    .select({ id: auditLog.id, createdAt: auditLog.createdAt, actorEmail: auditLog.actorEmail, action: auditLog.action, resource: auditLog.resource, resourceId: auditLog.resourceId })
    .from(auditLog)
    .where(
      or(
        and(eq(auditLog.resource, "organization"), eq(auditLog.resourceId, organizationId)),
        and(sql`${auditLog.resource} in ('membership', 'subscription')`, sql`${aboutOrganization} = ${organizationId}`),
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}
