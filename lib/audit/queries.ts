import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { auditLog, enrollments } from "@/lib/db/schema";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, type GridBinding } from "@/lib/data-table/sql";
import { auditGrid } from "./grid";

export const auditBinding = bindGrid(auditGrid, {
  from: auditLog,
  rowId: auditLog.id,
  columns: {
    at: auditLog.createdAt,
    actor: auditLog.actorEmail,
    action: auditLog.action,
    resource: auditLog.resource,
    resourceId: auditLog.resourceId,
    changes: auditLog.after, // display only: neither sortable nor filterable
    ip: auditLog.ip,
  },
  search: [auditLog.resourceId, auditLog.actorEmail],
});

/** What one audit row shows (the grid and the CSV export select the same fields). */
export const auditFields = {
  id: auditLog.id,
  createdAt: auditLog.createdAt,
  actorId: auditLog.actorId,
  actorEmail: auditLog.actorEmail,
  actorRole: auditLog.actorRole,
  impersonatorId: auditLog.impersonatorId,
  action: auditLog.action,
  resource: auditLog.resource,
  resourceId: auditLog.resourceId,
  before: auditLog.before,
  after: auditLog.after,
  ip: auditLog.ip,
  userAgent: auditLog.userAgent,
};

export type AuditRow = {
  id: number;
  createdAt: Date;
  actorId: string;
  actorEmail: string;
  actorRole: string;
  impersonatorId: string | null;
  action: string;
  resource: string;
  resourceId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  userAgent: string | null;
};

/**
 * One page of the audit log, newest first by default; every page is one index range scan.
 * `binding`: the log scoped to one record's history (scopeGrid), e.g. on an organization's page.
 */
export function listAuditEntries(state: GridState, binding: GridBinding = auditBinding) {
  return keysetPage(binding, state, ({ where, orderBy, limit, cursorFields }) =>
    db
      .select({ ...auditFields, ...cursorFields })
      .from(auditLog)
      .where(where)
      .orderBy(...orderBy)
      .limit(limit),
  );
}

/** Resources whose audit rows carry a person's id in their record id (ban, role, sessions, progress resets). */
const aboutPerson = ["user", "session", "progress"];

/**
 * What staff did to one person, newest first: their account and sessions, and progress resets in
 * the courses they are enrolled in (a reset's record id is "<student>:<course>"). The record ids
 * are spelled out, so each is an equality lookup on idx_audit_resource.
 */
export async function auditOfUser(userId: string, limit = 10) {
  const enrolled = await db.select({ courseId: enrollments.courseId }).from(enrollments).where(eq(enrollments.studentId, userId));
  const recordIds = [userId, ...enrolled.map((e) => `${userId}:${e.courseId}`)];
  return db
    .select({ id: auditLog.id, createdAt: auditLog.createdAt, actorEmail: auditLog.actorEmail, action: auditLog.action, resource: auditLog.resource })
    .from(auditLog)
    .where(and(inArray(auditLog.resource, aboutPerson), inArray(auditLog.resourceId, recordIds)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}
