import "server-only";
// Every row of a grid's current filter and sort, read in keyset batches on (sort value, row id):
// each batch is one bounded query that starts where the last one ended — never OFFSET, never a
// server-side cursor (the pooled connection may change between batches).
import { and, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { AnyPgColumn, SelectedFields } from "drizzle-orm/pg-core";
import type { GridState } from "@/lib/data-table/search-params";
import { gridOrderBy, gridWhere, selectFromGrid, type GridBinding } from "@/lib/data-table/sql";

const exportBatchSize = 1000;

type Boundary = { sortValue: string | null; rowId: string };

/**
 * Rows after `last` in ORDER BY sort, id (both asc or both desc). PostgreSQL puts nulls last when
 * ascending and first when descending; the boundary values go in as untyped parameters, so they
 * are read as the sort expression's and the id's own types.
 */
function rowsAfter(sort: SQLWrapper, id: AnyPgColumn, last: Boundary, desc: boolean): SQL | undefined {
  const beyond = desc ? sql.raw("<") : sql.raw(">");
  if (last.sortValue === null) {
    const laterNull = sql`${sort} is null and ${id} ${beyond} ${last.rowId}`;
    return desc ? or(laterNull, sql`${sort} is not null`) : laterNull;
  }
  const later = or(
    sql`${sort} ${beyond} ${last.sortValue}`,
    sql`${sort} = ${last.sortValue} and ${id} ${beyond} ${last.rowId}`,
  );
  return desc ? later : or(later, sql`${sort} is null`);
}

/** Yields the matching rows (the `fields` selected) batch by batch, in the grid's order. */
export async function* gridRowBatches(
  binding: GridBinding,
  state: GridState,
  fields: SelectedFields,
  batchSize = exportBatchSize,
): AsyncGenerator<Record<string, unknown>[]> {
  const sort = binding.columns[state.sort.id];
  const where = gridWhere(binding, state);
  const orderBy = gridOrderBy(binding, state);
  const boundaryFields = { exportSortValue: sql<string | null>`(${sort})::text`, exportRowId: sql<string>`(${binding.rowId})::text` };
  let last: Boundary | null = null;
  for (;;) {
    const rows: Record<string, unknown>[] = await selectFromGrid(binding, { ...fields, ...boundaryFields })
      .where(and(where, last ? rowsAfter(sort, binding.rowId, last, state.sort.desc) : undefined))
      .orderBy(...orderBy)
      .limit(batchSize);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    const end = rows[rows.length - 1];
    last = { sortValue: end.exportSortValue as string | null, rowId: end.exportRowId as string };
  }
}
