import "server-only";
// Ordered children (a course's modules, a module's lessons, a pipeline's stages): an integer
// `position` per row, 0…n-1 within its parent. Lock the parent row first, so adds and reorders of
// one parent's children run one after another.
import { asc, inArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "@/lib/db/client";
import { ActionError } from "./errors";

/** A table of ordered children: uuid ids, a position, and a creation time for ties. */
export type OrderedTable = PgTable & { id: PgColumn; position: PgColumn; createdAt: PgColumn };

/** The position after the last child of a parent (`parent`: e.g. eq(lessons.moduleId, id)). */
export async function nextPosition(tx: Transaction, table: OrderedTable, parent: SQL) {
  const [{ next }] = await tx.select({ next: sql<number>`coalesce(max(${table.position}) + 1, 0)::int` }).from(table).where(parent);
  return next;
}

/** The ids of a parent's children in their current order. */
export async function currentOrder(tx: Transaction, table: OrderedTable, parent: SQL) {
  const rows = await tx.select({ id: table.id }).from(table).where(parent).orderBy(asc(table.position), asc(table.createdAt), asc(table.id));
  return rows.map((row) => row.id as string);
}

/** Writes positions 0…n-1 in the order of `ids`, which must be exactly the parent's children (`current`). */
export async function writeOrder(tx: Transaction, table: OrderedTable, current: string[], ids: string[], what: string) {
  const same = current.length === ids.length && ids.every((id) => current.includes(id));
  if (!same) throw new ActionError(`The new order must list exactly the ${what} there are now. Reload the page and try again.`);
  const order = sql`array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;
  await tx.update(table).set({ position: sql`array_position(${order}, ${table.id}) - 1` } as never).where(inArray(table.id, ids));
}
