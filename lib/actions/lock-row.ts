import "server-only";
import { eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "@/lib/db/client";
import { ActionError } from "./errors";

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
