import "server-only";
// Reads that leave a trace: some data (e.g. what people wrote to an AI model) may only be seen
// by certain roles, and every look at it is recorded. Not a mutation, so not defineAction — but
// the same server-side gate: the database session, the permission, then the read and its audit
// row in one transaction (no audit row, no data; an audited read is never served without one).
import { headers } from "next/headers";
import { can, type Action, type Resource } from "@/lib/auth/permissions";
import { getStaff } from "@/lib/auth/session";
import { db, type Transaction } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { auditRow } from "./entry";

export type AuditedRead<T> = { status: "ok"; value: T } | { status: "forbidden" } | { status: "missing" };

export async function auditedRead<R extends Resource, T>(spec: {
  resource: R;
  /** The permission the read needs; also the audit row's action. */
  action: Action<R>;
  resourceId: string;
  /** Null when there is nothing to read (then no audit row). */
  read: (tx: Transaction) => Promise<T | null>;
}): Promise<AuditedRead<T>> {
  const staff = await getStaff();
  if (!staff || !can(staff.role, spec.resource, spec.action)) return { status: "forbidden" };
  const requestHeaders = await headers();
  // A router prefetch is nobody looking: it gets no data and leaves no audit row.
  if (requestHeaders.get("next-router-prefetch")) return { status: "forbidden" };
  return db.transaction(async (tx) => {
    const value = await spec.read(tx);
    if (value === null) return { status: "missing" } as const;
    await tx
      .insert(auditLog)
      .values(auditRow(staff, requestHeaders, { action: spec.action, resource: spec.resource, resourceId: spec.resourceId }));
    return { status: "ok", value } as const;
  });
}
