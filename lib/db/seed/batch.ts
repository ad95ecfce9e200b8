// Multi-row inserts in chunks that stay under PostgreSQL's 65,535 bind-parameter limit.
import type { InferInsertModel } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Transaction } from "../client";

const MAX_PARAMETERS = 60_000;
const MAX_ROWS_PER_INSERT = 5_000;

/** Inserts every row, skipping rows that already exist (by id or any unique key). */
export async function insertRows<TTable extends PgTable>(
  tx: Transaction,
  table: TTable,
  rows: InferInsertModel<TTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columnsPerRow = Object.keys(rows[0]).length;
  const rowsPerInsert = Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columnsPerRow));
  for (let start = 0; start < rows.length; start += rowsPerInsert) {
    await tx
      .insert(table)
      .values(rows.slice(start, start + rowsPerInsert))
      .onConflictDoNothing();
  }
}
