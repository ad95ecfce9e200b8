import "server-only";
// Filters the CRM grids share: "rows whose <person/company> name contains…" as an IN over a
// trigram-indexed lookup, so no join widens the grid and no concatenation hides an index.
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { FilterValue, NumberRange } from "@/lib/data-table/filters";
import { containsPattern } from "@/lib/data-table/sql";
import { companies, user } from "@/lib/db/schema";

/** `column` points at a user whose name or email contains the typed text. */
export const ownedBy = (column: AnyPgColumn) => (value: FilterValue): SQL =>
  sql`${column} in (select ${user.id} from ${user} where ${user.name} ilike ${containsPattern(value as string)} or ${user.email} ilike ${containsPattern(value as string)})`;

/** `column` points at a company whose name or domain contains the typed text. */
export const atCompany = (column: AnyPgColumn) => (value: FilterValue): SQL =>
  sql`${column} in (select ${companies.id} from ${companies} where ${companies.name} ilike ${containsPattern(value as string)} or ${companies.domain} ilike ${containsPattern(value as string)})`;

/** A money range typed in dollars, on an integer cents column. */
export const centsBetween = (column: AnyPgColumn) => (value: FilterValue): SQL | undefined => {
  const { min, max } = value as NumberRange;
  const bounds = [
    min !== null ? sql`${column} >= ${Math.round(min * 100)}` : undefined,
    max !== null ? sql`${column} <= ${Math.round(max * 100)}` : undefined,
  ].filter((bound): bound is SQL => bound !== undefined);
  return bounds.length ? sql.join(bounds, sql` and `) : undefined;
};
