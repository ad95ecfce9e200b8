import "server-only";
// Per-option counts of enum filters, faceted: each column is counted under every other active
// filter but its own, so picking a second option shows how many rows it would add. Skipped when
// the rows are too many to count exactly (the grid's total is then an estimate), and per column
// when ignoring that column's own filter would count past the cap.
import { sql, type SQL } from "drizzle-orm";
import { cappedCount, EXACT_COUNT_CAP, estimateQueryRows } from "./estimate";
import type { Facets } from "./result";
import type { GridState } from "./search-params";
import { filterableColumns, type FilterSpec } from "./spec";
import { gridWhere, selectFromGrid, type GridBinding } from "./sql";

function wantsCounts(filter: FilterSpec, state: GridState, countsByDefault: boolean): boolean {
  if (filter.kind !== "enum") return false;
  const counts = filter.counts ?? countsByDefault;
  if (typeof counts === "boolean") return counts;
  return counts.whenFilteredBy.some((id) => (id === "q" ? state.q !== "" : state.filters[id] !== undefined));
}

/** Counts are only worth a GROUP BY when the matching rows were few enough to count exactly. */
export async function enumFacets(binding: GridBinding, state: GridState, total: { exact: boolean }): Promise<Facets> {
  if (!total.exact) return {};
  const countsByDefault = binding.spec.paging.mode === "offset";
  const counted = filterableColumns(binding.spec).filter((c) => wantsCounts(c.filter, state, countsByDefault));
  const entries = await Promise.all(
    counted.map(async (column) => {
      const expression = binding.columns[column.id];
      const where = gridWhere(binding, state, column.id);
      // A column's counts ignore its own filter, so they may cover far more rows than the grid
      // shows (e.g. every user when only "banned" is filtered): skip them past the cap.
      if (state.filters[column.id] !== undefined) {
        const estimate = await estimateQueryRows(selectFromGrid(binding, { one: sql`1` }).where(where));
        if (estimate > EXACT_COUNT_CAP) return null;
      }
      const groups = await selectFromGrid(binding, { value: sql<string | null>`(${expression})::text`, count: sql<number>`count(*)::int` })
        .where(where)
        // By position: a parameterised expression would not match itself textually in GROUP BY.
        .groupBy(sql`1`);
      const counts = Object.fromEntries(groups.filter((g) => g.value !== null).map((g) => [g.value, g.count]));
      return [column.id, counts] as const;
    }),
  );
  return Object.fromEntries(entries.filter((entry) => entry !== null));
}

/**
 * The grid's total (exact up to a cap, else estimated) and its facets if the total is exact. When
 * the planner expects few rows, the exact count and the facets run side by side rather than one
 * after the other; facets are dropped if the count turns out to pass the cap after all.
 */
export async function totalWithFacets(binding: GridBinding, state: GridState, where: SQL | undefined) {
  const query = selectFromGrid(binding, { one: sql`1` }).where(where);
  const estimate = await estimateQueryRows(query);
  if (estimate > EXACT_COUNT_CAP) return { total: { count: estimate, exact: false }, facets: {} };
  const [total, facets] = await Promise.all([cappedCount(query, estimate), enumFacets(binding, state, { exact: true })]);
  return { total, facets: total.exact ? facets : {} };
}
