import "server-only";
// Keyset paging on (time, id) for large append-only tables: every page, however deep, is one
// index range scan of pageSize + 1 rows. The total is the planner's estimate, never a COUNT(*).
import { and, asc, desc, sql, type SQL } from "drizzle-orm";
import type { Cursor } from "./cursor";
import { idFitsColumn } from "./url-safety";
import { totalWithFacets } from "./facets";
import type { GridPage } from "./result";
import type { GridState } from "./search-params";
import { gridWhere, type GridBinding } from "./sql";

/** Spread `cursorFields` into the select: the boundary values, as PostgreSQL text. */
export type CursorFields = { keysetTime: string; keysetId: string };

export type KeysetRowQuery = {
  where: SQL | undefined;
  orderBy: SQL[];
  limit: number;
  cursorFields: { keysetTime: SQL<string>; keysetId: SQL<string> };
};

function timeExpression(binding: GridBinding) {
  if (binding.spec.paging.mode !== "keyset") throw new Error("keysetPage needs a grid declared with keyset paging.");
  return binding.columns[binding.spec.paging.timeColumn];
}

/** A cursor for this grid's current sort, whose id PostgreSQL can read as the id column's type. */
function usableCursor(binding: GridBinding, state: GridState): Cursor | null {
  const cursor = state.cursor;
  if (!cursor || cursor.desc !== state.sort.desc) return null;
  return idFitsColumn(binding.rowId, cursor.id) ? cursor : null;
}

function withoutCursorFields<Row extends CursorFields>(row: Row): Omit<Row, keyof CursorFields> {
  const copy: Partial<CursorFields> & Omit<Row, keyof CursorFields> = { ...row };
  delete copy.keysetTime;
  delete copy.keysetId;
  return copy;
}

export async function keysetPage<Row extends CursorFields>(
  binding: GridBinding,
  state: GridState,
  fetchRows: (query: KeysetRowQuery) => Promise<Row[]>,
): Promise<GridPage<Omit<Row, keyof CursorFields>>> {
  const time = timeExpression(binding);
  const where = gridWhere(binding, state);
  const cursorFields = { keysetTime: sql<string>`(${time})::text`, keysetId: sql<string>`(${binding.rowId})::text` };

  async function read(cursor: Cursor | null) {
    const backwards = cursor?.direction === "prev";
    // Reading backwards walks the index the other way, then the page is flipped into display order.
    const readDesc = backwards ? !state.sort.desc : state.sort.desc;
    const order = readDesc ? desc : asc;
    const after = cursor
      ? sql`(${time}, ${binding.rowId}) ${sql.raw(readDesc ? "<" : ">")} (${cursor.time}, ${cursor.id})`
      : undefined;
    const fetched = await fetchRows({
      where: and(where, after),
      orderBy: [order(time), order(binding.rowId)],
      limit: state.pageSize + 1,
      cursorFields,
    });
    const rows = fetched.slice(0, state.pageSize);
    return { rows: backwards ? rows.reverse() : rows, more: fetched.length > state.pageSize, backwards };
  }

  const cursor = usableCursor(binding, state);
  const [cursorRead, { total, facets }] = await Promise.all([read(cursor), totalWithFacets(binding, state, where)]);
  // A cursor past either end (hand-made, or its rows gone) falls back to the first page.
  const fellBack = cursor !== null && cursorRead.rows.length === 0;
  const page = fellBack ? await read(null) : cursorRead;
  const cameFromCursor = cursor !== null && !fellBack;

  const boundary = (row: Row | undefined, direction: Cursor["direction"]): Cursor | null =>
    row ? { time: row.keysetTime, id: row.keysetId, direction, desc: state.sort.desc } : null;
  const hasPrevious = page.backwards ? page.more : cameFromCursor;
  const hasNext = page.backwards || page.more;

  return {
    rows: page.rows.map(withoutCursorFields),
    total,
    paging: {
      mode: "keyset",
      prev: hasPrevious ? boundary(page.rows[0], "prev") : null,
      next: hasNext ? boundary(page.rows.at(-1), "next") : null,
    },
    facets,
  };
}
