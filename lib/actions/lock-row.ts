import "server-only";
import { and, desc, eq, getTableColumns, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Resource } from "@/lib/auth/permissions";
import type { Transaction } from "@/lib/db/client";
import { auditLog, user } from "@/lib/db/schema";
import { formatDateTime } from "@/lib/format";
import { versionKey } from "@/lib/forms/row-version";
import { ActionError, EditConflictError } from "./errors";

type TableWithId = PgTable & { id: PgColumn; $inferSelect: unknown };

/**
 * The row an action is about, locked until its transaction ends, or an ActionError saying it is
 * gone. "no key update" still lets other transactions insert children pointing at it.
 */
export async function lockRow<T extends TableWithId>(
  tx: Transaction,
  table: T,
  id: string,
  missing: string,
  mode: "update" | "no key update" = "update",
): Promise<T["$inferSelect"]> {
  const [row] = await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))
    .for(mode);
  if (!row) throw new ActionError(missing);
  return row as T["$inferSelect"];
}

/** A select field with the row's version (its `xmin`) as text: what an edit form is loaded with. */
export function versionOf(table: PgTable) {
  return sql<string>`${table}.xmin::text`;
}

/** Who changed a record last and when, from the audit log (null when no console action did). */
async function lastChange(tx: Transaction, resource: Resource, id: string) {
  const [last] = await tx
    .select({ name: user.name, email: auditLog.actorEmail, at: auditLog.createdAt })
    .from(auditLog)
    .leftJoin(user, eq(user.id, auditLog.actorId))
    .where(and(eq(auditLog.resource, resource), eq(auditLog.resourceId, id)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(1);
  return last ?? null;
}

/**
 * lockRow for an edit: the row, locked, if it is still the version the form was loaded from;
 * otherwise an EditConflictError "changed by <who> at <when> since you opened it" (nothing is written:
 * defineAction puts it on the form, which then shows the current values).
 */
export async function lockForEdit<T extends TableWithId>(
  tx: Transaction,
  table: T,
  ref: { id: string; version: string },
  { resource, missing }: { resource: Resource; missing: string },
): Promise<T["$inferSelect"]> {
  const [found] = await tx
    .select({ ...getTableColumns(table), [versionKey]: versionOf(table) })
    .from(table as PgTable)
    .where(eq(table.id, ref.id))
    .for("update");
  if (!found) throw new ActionError(missing);
  const { [versionKey]: current, ...row } = found as Record<string, unknown>;
  if (current !== ref.version) {
    const last = await lastChange(tx, resource, ref.id);
    const who = last ? `${last.name ?? last.email} at ${formatDateTime(last.at)}` : "someone outside the console";
    throw new EditConflictError(`Changed by ${who} since you opened it. Nothing was saved: the form now shows the current values.`);
  }
  return row as T["$inferSelect"];
}
