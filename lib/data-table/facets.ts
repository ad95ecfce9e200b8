import "server-only";
// Per-option counts of enum filters, faceted: each column is counted under every other active
// filter but its own, so picking a second option shows how many rows it would add. Skipped when
// the rows are too many to count exactly (the grid's total is then an estimate), and per column
// when ignoring that column's own filter would count past the cap. Columns without a filter of
// their own share the grid's WHERE, so they are counted with the total in one scan.
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { EXACT_COUNT_CAP, estimateQueryRows } from "./estimate";
import type { Facets } from "./result";
import type { GridState } from "./search-params";
import { filterableColumns, type FilterSpec } from "./spec";
import { gridWhere, selectFromGrid, type GridBinding } from "./sql";

type Total = { count: number; exact: boolean };

function wantsCounts(filter: FilterSpec, state: GridState, countsByDefault: boolean): boolean {
  if (filter.kind !== "enum") return false;
  const counts = filter.counts ?? countsByDefault;
  if (typeof counts === "boolean") return counts;
  return counts.whenFilteredBy.some((id) => (id === "q" ? state.q !== "" : state.filters[id] !== undefined));
}

function countsOf(groups: { value: string | null; count: number }[]): Record<string, number> {
  return Object.fromEntries(groups.filter((g) => g.value !== null).map((g) => [g.value, g.count]));
}

/**
 * The exact total (if at most EXACT_COUNT_CAP, else `estimate`) and the counts of `columnIds`
 * under `where`, from one read of at most cap + 1 rows grouped by GROUPING SETS: a set per column
 * and the empty set for the total.
 */
async function countWithGroups(binding: GridBinding, columnIds: string[], where: SQL | undefined, estimate: number) {
  const values = Object.fromEntries(columnIds.map((id, i) => [`c${i}`, sql<string | null>`(${binding.columns[id]})::text`.as(`c${i}`)]));
  const capped = selectFromGrid(binding, { one: sql`1`.as("one"), ...values }).where(where).limit(EXACT_COUNT_CAP + 1).as("capped");
  const columns = columnIds.map((_, i) => sql.identifier(`c${i}`));
  const sets = sql.join([...columns.map((column) => sql`(${column})`), sql`()`], sql`, `);
  // grouping(c) is 0 on the rows of c's own set: `set` is that column's index, -1 on the total's row.
  const set = columns.length === 0 ? sql`-1` : sql`case ${sql.join(columns.map((column, i) => sql`when grouping(${column}) = 0 then ${sql.raw(String(i))}`), sql` `)} else -1 end`;
  const rows = await db
    .select({
      set: sql<number>`${set}`,
      value: columns.length === 0 ? sql<string | null>`null` : sql<string | null>`coalesce(${sql.join(columns, sql`, `)})`,
      count: sql<number>`count(*)::int`,
    })
    .from(capped)
    .groupBy(sql`grouping sets (${sets})`);
  const n = rows.find((row) => Number(row.set) === -1)?.count ?? 0;
  if (n > EXACT_COUNT_CAP) return { total: { count: estimate, exact: false }, facets: {} };
  const facets = Object.fromEntries(columnIds.map((id, i) => [id, countsOf(rows.filter((row) => Number(row.set) === i))]));
  return { total: { count: n, exact: true }, facets };
}

/** A column's counts under every filter but its own, unless they would cover more rows than the cap. */
async function ownFilterFacet(binding: GridBinding, state: GridState, columnId: string) {
  const where = gridWhere(binding, state, columnId);
  // Ignoring its own filter may cover far more rows than the grid shows (e.g. every user when
  // only "banned" is filtered): skip the column past the cap.
  const estimate = await estimateQueryRows(selectFromGrid(binding, { one: sql`1` }).where(where));
  if (estimate > EXACT_COUNT_CAP) return null;
  const groups = await selectFromGrid(binding, { value: sql<string | null>`(${binding.columns[columnId]})::text`, count: sql<number>`count(*)::int` })
    .where(where)
    // By position: a parameterised expression would not match itself textually in GROUP BY.
    .groupBy(sql`1`);
  return [columnId, countsOf(groups)] as const;
}

/**
 * The grid's total (exact up to a cap, else estimated) and its facets if the total is exact. When
 * the planner expects few rows, the columns filtered by themselves are counted side by side with
 * the total and the other columns' counts; all facets are dropped if the total passes the cap.
 */
export async function totalWithFacets(binding: GridBinding, state: GridState, where: SQL | undefined): Promise<{ total: Total; facets: Facets }> {
  const estimate = await estimateQueryRows(selectFromGrid(binding, { one: sql`1` }).where(where));
  if (estimate > EXACT_COUNT_CAP) return { total: { count: estimate, exact: false }, facets: {} };
  const countsByDefault = binding.spec.paging.mode === "offset";
  const counted = filterableColumns(binding.spec).filter((c) => wantsCounts(c.filter, state, countsByDefault));
  const shared = counted.filter((c) => state.filters[c.id] === undefined).map((c) => c.id);
  const own = counted.filter((c) => state.filters[c.id] !== undefined).map((c) => c.id);
  const [main, ...ownFacets] = await Promise.all([
    countWithGroups(binding, shared, where, estimate),
    ...own.map((id) => ownFilterFacet(binding, state, id)),
  ]);
  if (!main.total.exact) return main;
  return { total: main.total, facets: { ...main.facets, ...Object.fromEntries(ownFacets.filter((entry) => entry !== null)) } };
}
