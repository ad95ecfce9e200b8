import "server-only";
// Offset paging for tables whose sorts have indexes: the count is exact up to a cap, estimated
// beyond it (never a COUNT(*) over a big table).
import type { SQL } from "drizzle-orm";
import { totalWithFacets } from "./facets";
import type { GridPage } from "./result";
import type { GridState } from "./search-params";
import { gridOrderBy, gridWhere, type GridBinding } from "./sql";

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

  const [{ total, facets }, requestedRows] = await Promise.all([
    totalWithFacets(binding, state, where),
    fetchRows(pageQuery(state.page)),
  ]);
  const countedPages = Math.max(1, Math.ceil(total.count / state.pageSize));
  // With an estimate, a page that has rows exists whatever the estimate says.
  const pageCount = total.exact || requestedRows.length === 0 ? countedPages : Math.max(countedPages, state.page);
  // A page past the end (stale link, hand-edited URL) shows the last page instead.
  const page = requestedRows.length > 0 || state.page === 1 ? Math.min(state.page, pageCount) : pageCount;
  const rows = page === state.page ? requestedRows : await fetchRows(pageQuery(page));
  return { rows, total, paging: { mode: "offset", page, pageCount }, facets };
}
