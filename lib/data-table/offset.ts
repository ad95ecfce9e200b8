import "server-only";
// Offset paging with an exact count: for tables small enough that COUNT(*) is cheap.
import { sql, type SQL } from "drizzle-orm";
import { enumFacets } from "./facets";
import type { GridPage } from "./result";
import type { GridState } from "./search-params";
import { gridOrderBy, gridWhere, selectFromGrid, type GridBinding } from "./sql";

export type OffsetRowQuery = { where: SQL | undefined; orderBy: SQL[]; limit: number; offset: number };

/** Runs one page: `fetchRows` applies the given where/orderBy/limit/offset to its own select. */
export async function offsetPage<Row>(
  binding: GridBinding,
  state: GridState,
  fetchRows: (query: OffsetRowQuery) => Promise<Row[]>,
): Promise<GridPage<Row>> {
  const where = gridWhere(binding, state);
  const orderBy = gridOrderBy(binding, state);
  const pageQuery = (page: number) => ({ where, orderBy, limit: state.pageSize, offset: (page - 1) * state.pageSize });

  const [[{ count }], facets, requestedRows] = await Promise.all([
    selectFromGrid(binding, { count: sql<number>`count(*)::int` }).where(where),
    enumFacets(binding, state),
    fetchRows(pageQuery(state.page)),
  ]);
  const pageCount = Math.max(1, Math.ceil(count / state.pageSize));
  // A page past the end (stale link, hand-edited URL) shows the last page instead.
  const page = Math.min(state.page, pageCount);
  const rows = page === state.page ? requestedRows : await fetchRows(pageQuery(page));
  return { rows, total: { count, exact: true }, paging: { mode: "offset", page, pageCount }, facets };
}
