import "server-only";
// Per-option counts of enum filters, faceted: each column is counted under every other active
// filter but its own, so picking a second option shows how many rows it would add.
import { sql } from "drizzle-orm";
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

export async function enumFacets(binding: GridBinding, state: GridState): Promise<Facets> {
  const countsByDefault = binding.spec.paging.mode === "offset";
  const counted = filterableColumns(binding.spec).filter((c) => wantsCounts(c.filter, state, countsByDefault));
  const entries = await Promise.all(
    counted.map(async (column) => {
      const expression = binding.columns[column.id];
      const groups = await selectFromGrid(binding, { value: sql<string | null>`(${expression})::text`, count: sql<number>`count(*)::int` })
        .where(gridWhere(binding, state, column.id))
        // By position: a parameterised expression would not match itself textually in GROUP BY.
        .groupBy(sql`1`);
      const counts = Object.fromEntries(groups.filter((g) => g.value !== null).map((g) => [g.value, g.count]));
      return [column.id, counts] as const;
    }),
  );
  return Object.fromEntries(entries);
}
