import "server-only";
import type { Staff } from "@/lib/auth/session";
import { recordNames, type RecordRef } from "@/lib/records/names";
import { isRecordResource, referenceFields } from "@/lib/records/routes";
import type { AuditRow } from "./queries";

function fieldRefs(value: unknown): RecordRef[] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, id]) =>
    typeof id === "string" && Object.hasOwn(referenceFields, key) ? [{ resource: referenceFields[key], id }] : [],
  );
}

/**
 * Names of every record a page of audit rows points at — the record changed, the people involved,
 * ids inside before/after (courseId, studentId…) — keyed `resource:id`, one query per resource.
 */
export function auditReferenceNames(staff: Staff, rows: readonly AuditRow[]) {
  const refs = rows.flatMap((row): RecordRef[] => [
    { resource: "user", id: row.actorId },
    ...(row.impersonatorId ? [{ resource: "user" as const, id: row.impersonatorId }] : []),
    ...(row.resourceId && isRecordResource(row.resource) ? [{ resource: row.resource, id: row.resourceId }] : []),
    ...fieldRefs(row.before),
    ...fieldRefs(row.after),
  ]);
  return recordNames(staff, refs);
}
