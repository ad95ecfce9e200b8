import "server-only";
import type { Staff } from "@/lib/auth/session";
import { recordNames, type RecordRef } from "@/lib/records/names";
import { isRecordKind, referenceFields } from "@/lib/records/routes";
import type { AuditRow } from "./queries";

function fieldRefs(value: unknown): RecordRef[] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, id]) =>
    typeof id === "string" && Object.hasOwn(referenceFields, key) ? [{ kind: referenceFields[key], id }] : [],
  );
}

/**
 * Names of every record a page of audit rows points at — the record changed, the people involved,
 * ids inside before/after (courseId, studentId…) — keyed `kind:id`, one query per kind.
 */
export function auditReferenceNames(staff: Staff, rows: readonly AuditRow[]) {
  const refs = rows.flatMap((row): RecordRef[] => [
    { kind: "user", id: row.actorId },
    ...(row.impersonatorId ? [{ kind: "user" as const, id: row.impersonatorId }] : []),
    ...(row.resourceId && isRecordKind(row.resource) ? [{ kind: row.resource, id: row.resourceId }] : []),
    ...fieldRefs(row.before),
    ...fieldRefs(row.after),
  ]);
  return recordNames(staff, refs);
}
