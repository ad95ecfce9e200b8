import "server-only";
// The server side of a RelationPicker: the best few rows of one table for what was typed, never
// the whole table, and nothing at all for a caller who may not read that resource.
import { asc, ilike, or } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { RelationOption } from "@/lib/forms/relation-option";
import { can, type Resource } from "@/lib/auth/permissions";
import { getStaff } from "@/lib/auth/session";
import { containsPattern } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";

const maxOptions = 20;
const maxQueryLength = 100;

export type RelationSource = {
  resource: Resource;
  table: PgTable;
  value: PgColumn;
  label: PgColumn;
  description: PgColumn;
  /** Columns the typed text is looked for in (substring, case-insensitive); trigram-indexed on big tables. */
  search: PgColumn[];
};

/** Top 20 rows whose search columns contain `query`, by label; [] without a staff session that may read them. */
export async function searchRelation(source: RelationSource, query: string): Promise<RelationOption[]> {
  const staff = await getStaff();
  if (!staff || !can(staff.role, source.resource, "read" as never)) return [];
  const pattern = containsPattern(String(query).trim().slice(0, maxQueryLength));
  const rows = await db
    .select({ value: source.value, label: source.label, description: source.description })
    .from(source.table)
    .where(or(...source.search.map((column) => ilike(column, pattern))))
    .orderBy(asc(source.label), asc(source.value))
    .limit(maxOptions);
  return rows.map((row) => ({ value: String(row.value), label: String(row.label), description: row.description == null ? undefined : String(row.description) }));
}
