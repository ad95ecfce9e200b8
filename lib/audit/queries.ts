import "server-only";
import { db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid } from "@/lib/data-table/sql";
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

/** One page of the audit log, newest first by default; every page is one index range scan. */
export function listAuditEntries(state: GridState) {
  return keysetPage(auditBinding, state, ({ where, orderBy, limit, cursorFields }) =>
    db
      .select({ ...auditFields, ...cursorFields })
      .from(auditLog)
      .where(where)
      .orderBy(...orderBy)
      .limit(limit),
  );
}
