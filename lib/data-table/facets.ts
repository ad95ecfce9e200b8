import "server-only";
// Per-option counts of enum filters, faceted: each column is counted under every other active
// filter but its own, so picking a second option shows how many rows it would add.
import { sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import type { Facets } from "./result";
import type { GridState } from "./search-params";
import { filterableColumns } from "./spec";
import { gridWhere, type GridBinding } from "./sql";

export async function enumFacets(binding: GridBinding, state: GridState): Promise<Facets> {
  const countsByDefault = binding.spec.paging.mode === "offset";
  const counted = filterableColumns(binding.spec).filter(
    (c) => c.filter.kind === "enum" && (c.filter.counts ?? countsByDefault),
  );
  const entries = await Promise.all(
    counted.map(async (column) => {
      const expression = binding.columns[column.id];
      const groups = await db
        .select({ value: sql<string | null>`(${expression})::text`, count: sql<number>`count(*)::int` })
        .from(binding.from)
        .where(gridWhere(binding, state, column.id))
        // By position: a parameterised expression would not match itself textually in GROUP BY.
        .groupBy(sql`1`);
      const counts = Object.fromEntries(groups.filter((g) => g.value !== null).map((g) => [g.value, g.count]));
      return [column.id, counts] as const;
    }),
  );
  return Object.fromEntries(entries);
}
