import { clientIp } from "@/lib/auth/client-ip";
import type { Staff } from "@/lib/auth/session";
import type { auditLog } from "@/lib/db/schema";

/** What one change records besides who made it: the action, the record, its state before and after. */
export type AuditFacts = { action: string; resource: string; resourceId?: string | null; before?: unknown; after?: unknown };

/** One audit_log row: the staff member (and who impersonated them), the request's origin, the facts. */
export function auditRow(staff: Staff, requestHeaders: Headers, facts: AuditFacts): typeof auditLog.$inferInsert {
  return {
    actorId: staff.id,
    actorEmail: staff.email,
    actorRole: staff.role,
    impersonatorId: staff.impersonatedBy,
    action: facts.action,
    resource: facts.resource,
    resourceId: facts.resourceId ?? null,
    before: facts.before ?? null,
    after: facts.after ?? null,
    ip: clientIp(requestHeaders),
    userAgent: requestHeaders.get("user-agent"),
  };
}
