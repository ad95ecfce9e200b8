import "server-only";
// Grid state → drizzle SQL. A binding maps each declared column id to the SQL expression that
// sorts, filters and facets it; only ids of the spec ever reach SQL, values always as parameters.
import { and, asc, desc, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { AnyPgColumn, PgTable, SelectedFields } from "drizzle-orm/pg-core";
import { db, type Database } from "@/lib/db/client";
import { addDays, toIsoDay, utcMidnight } from "@/lib/dates";
import type { DateFilterValue, FilterValue, NumberRange } from "./filters";
import type { GridState } from "./search-params";
import { filterableColumns, recentWindowDays, type FilterSpec, type GridSpec } from "./spec";

/**
 * A to-one relation the grid reads columns of (e.g. a row's course), so it never adds rows. Inner
 * by default; `kind: "left"` keeps rows that have none (an organization without a subscription),
 * whose joined columns then read as null. Left is also the faster choice for a NOT NULL foreign
 * key: PostgreSQL drops a left join to a unique key that nothing reads, so the count and facets
 * skip it, and a filter or search on the joined table makes it inner again.
 */
export type GridJoin = { table: PgTable; on: SQL; kind?: "inner" | "left" };

export type GridBinding<Id extends string = string> = {
  spec: GridSpec<Id>;
  /** The table counts, facets and estimates run against. */
  from: PgTable;
  /** Tables that column, search and filter expressions also read; every grid query joins them. */
  joins?: readonly GridJoin[];
  /** Per column: the expression to sort, filter and group by (a column, or e.g. a CASE for yes/no). */
  columns: Record<Id, SQLWrapper>;
  /** Unique row id: the sort tie-breaker, and the second keyset column. */
  rowId: AnyPgColumn;
  /** Expressions `q` matches (ILIKE, substring); give big tables a trigram index for them. */
  search?: SQLWrapper[];
  /**
   * Per column: filter on these expressions instead, a row matching when any of them does — e.g. a
   * student filter on name OR email, each served by its own trigram index, where a concatenation
   * of the two would be served by none.
   */
  filterOn?: Partial<Record<Id, readonly SQLWrapper[]>>;
  /**
   * Per column: the condition for a filter value, written by hand where filtering the column's
   * expression would hide an index (e.g. a yes/no CASE over a boolean that a partial index serves).
   * Undefined means no condition.
   */
  filterWhere?: Partial<Record<Id, (value: FilterValue) => SQL | undefined>>;
  /** Always applied, e.g. a tenant or a recent time window. */
  where?: SQL;
};

export function bindGrid<Id extends string>(spec: GridSpec<Id>, binding: Omit<GridBinding<Id>, "spec">): GridBinding<Id> {
  return { spec, ...binding };
}

/**
 * The binding narrowed to one parent record's rows — a related list on a detail page, e.g.
 * `scopeGrid(sessionsBinding, eq(session.userId, id))`. Counts, facets and every page see only those rows.
 * `spec`: the same grid under its related-list URL keys (withUrlPrefix), when its own page shows it too.
 */
export function scopeGrid<Id extends string>(binding: GridBinding<Id>, where: SQL, spec: GridSpec<Id> = binding.spec): GridBinding<Id> {
  return { ...binding, spec, where: and(binding.where, where) };
}

/** `select fields from` the grid's table and its joins (in `executor`, e.g. an action's transaction): add where/orderBy/limit to it. */
export function selectFromGrid<Fields extends SelectedFields>(binding: GridBinding, fields: Fields, executor: Pick<Database, "select"> = db) {
  const query = executor.select(fields).from(binding.from).$dynamic();
  for (const join of binding.joins ?? []) {
    if (join.kind === "left") query.leftJoin(join.table, join.on);
    else query.innerJoin(join.table, join.on);
  }
  return query;
}

/** `text` as a literal ILIKE substring pattern: %, _ and \ lose their wildcard meaning. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}

/** One filter as a condition. Parameters stay untyped, so PostgreSQL reads them as the column's type. */
export function filterCondition(expression: SQLWrapper, filter: FilterSpec, value: FilterValue): SQL | undefined {
  switch (filter.kind) {
    case "text":
      return sql`${expression} ilike ${containsPattern(value as string)}`;
    case "enum": {
      const values = value as string[];
      return sql`${expression} in (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;
    }
    case "date": {
      const { from, to } = value as DateFilterValue;
      return and(
        from ? sql`${expression} >= ${utcMidnight(from)}` : undefined,
        to ? sql`${expression} < ${utcMidnight(addDays(to, 1))}` : undefined,
      );
    }
    case "number": {
      const { min, max } = value as NumberRange;
      return and(
        min !== null ? sql`${expression} >= ${min}` : undefined,
        max !== null ? sql`${expression} <= ${max}` : undefined,
      );
    }
  }
}

/** The WHERE of a grid state: base condition, search and filters (all but `exceptColumn`, for facets). */
export function gridWhere(binding: GridBinding, state: GridState, exceptColumn?: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [binding.where, recentWindow(binding, state)];
  if (state.q && binding.search?.length) {
    const pattern = containsPattern(state.q);
    conditions.push(or(...binding.search.map((expression) => sql`${expression} ilike ${pattern}`)));
  }
  for (const column of filterableColumns(binding.spec)) {
    const value = state.filters[column.id];
    if (value === undefined || column.id === exceptColumn) continue;
    const custom = binding.filterWhere?.[column.id];
    if (custom) {
      conditions.push(custom(value));
      continue;
    }
    const expressions = binding.filterOn?.[column.id] ?? [binding.columns[column.id]];
    conditions.push(or(...expressions.map((expression) => filterCondition(expression, column.filter, value))));
  }
  return and(...conditions);
}

/** The spec's default window on its time column (`paging.recentDays`) while the URL sets no range. */
function recentWindow(binding: GridBinding, state: GridState): SQL | undefined {
  const days = recentWindowDays(binding.spec, state.filters);
  if (days === null || binding.spec.paging.mode !== "keyset") return undefined;
  const from = addDays(toIsoDay(new Date()), -(days - 1));
  return sql`${binding.columns[binding.spec.paging.timeColumn]} >= ${utcMidnight(from)}`;
}

/** ORDER BY the chosen column, then the row id in the same direction (a total, stable order). */
export function gridOrderBy(binding: GridBinding, state: GridState): SQL[] {
  const direction = state.sort.desc ? desc : asc;
  return [direction(binding.columns[state.sort.id]), direction(binding.rowId)];
}
