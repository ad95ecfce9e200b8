// The whole grid state lives in the URL. These parsers are the single source of truth for it:
// the server page loads with them and the client table writes with them.
import { createLoader, createParser, createSerializer, parseAsNumberLiteral, type SearchParams } from "nuqs/server";
import { cursorParser, type Cursor } from "./cursor";
import { filterParser, searchParser, type FilterValue } from "./filters";
import { defaultVisibleIds, filterableColumns, gridUrlKey, pageSizes, sortableIds, type GridSpec, type PageSize, type SortState } from "./spec";

export type GridState = {
  /** 1-based; offset mode only. */
  page: number;
  pageSize: PageSize;
  sort: SortState;
  q: string;
  /** Visible column ids, in declaration order. */
  visible: string[];
  /** Keyset mode only; null is the first page. */
  cursor: Cursor | null;
  /** Active filters only, keyed by column id. */
  filters: Record<string, FilterValue>;
};

const pageParser = createParser<number>({
  parse(value) {
    if (!/^\d{1,7}$/.test(value)) return null;
    const page = Number(value);
    return page >= 1 ? page : null;
  },
  serialize: String,
});

function sortParser(allowed: readonly string[]) {
  return createParser<SortState>({
    parse(value) {
      const match = /^(.+)\.(asc|desc)$/.exec(value);
      if (!match || !allowed.includes(match[1])) return null;
      return { id: match[1], desc: match[2] === "desc" };
    },
    serialize: (sort) => `${sort.id}.${sort.desc ? "desc" : "asc"}`,
    eq: (a, b) => a.id === b.id && a.desc === b.desc,
  });
}

function columnsParser(known: readonly string[]) {
  return createParser<string[]>({
    parse(value) {
      const ids = value.split(",");
      const visible = known.filter((id) => ids.includes(id));
      return visible.length > 0 ? visible : null;
    },
    serialize: (ids) => ids.join(","),
    eq: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
  });
}

function buildParsers(spec: GridSpec) {
  const base = {
    size: parseAsNumberLiteral(pageSizes).withDefault(spec.defaultPageSize ?? 25),
    sort: sortParser(sortableIds(spec)).withDefault(spec.defaultSort),
    q: searchParser.withDefault(""),
    cols: columnsParser(spec.columns.map((c) => c.id)).withDefault(defaultVisibleIds(spec)),
    ...(spec.paging.mode === "offset" ? { page: pageParser.withDefault(1) } : { cursor: cursorParser }),
  };
  const filters = Object.fromEntries(filterableColumns(spec).map((c) => [c.id, filterParser(c.filter)]));
  return { ...base, ...filters };
}

export type GridParsers = ReturnType<typeof buildParsers>;

// One parser map per spec object, so hooks get a stable reference.
const parserCache = new WeakMap<GridSpec, GridParsers>();

/** The nuqs parser map of a grid: page|cursor, size, sort, q, cols, and one key per filter (the column id). */
export function gridParsers(spec: GridSpec): GridParsers {
  let parsers = parserCache.get(spec);
  if (!parsers) {
    parsers = buildParsers(spec);
    parserCache.set(spec, parsers);
  }
  return parsers;
}

/** The URL key of every parser key: the keys themselves, or prefixed for a grid with `urlPrefix`. */
export function gridUrlKeys(spec: GridSpec): Partial<Record<keyof GridParsers, string>> | undefined {
  if (!spec.urlPrefix) return undefined;
  return Object.fromEntries(Object.keys(gridParsers(spec)).map((key) => [key, gridUrlKey(spec, key)]));
}

/** Raw parsed URL values (as nuqs returns them) → the grid state the queries take. */
export function toGridState(spec: GridSpec, values: Record<string, unknown>): GridState {
  const filters: Record<string, FilterValue> = {};
  for (const column of filterableColumns(spec)) {
    const value = values[column.id];
    if (value !== null && value !== undefined) filters[column.id] = value as FilterValue;
  }
  const chosen = values.cols as string[];
  return {
    page: spec.paging.mode === "offset" ? (values.page as number) : 1,
    pageSize: values.size as PageSize,
    sort: values.sort as SortState,
    q: values.q as string,
    // Columns that cannot be hidden are always shown.
    visible: spec.columns.filter((c) => chosen.includes(c.id) || c.hideable === false).map((c) => c.id),
    cursor: spec.paging.mode === "keyset" ? ((values.cursor as Cursor | null) ?? null) : null,
    filters,
  };
}

/** For server pages: `loadGridState(spec, await searchParams)`. Never throws on bad input. */
export function loadGridState(spec: GridSpec, searchParams: SearchParams | URLSearchParams | string): GridState {
  return toGridState(spec, createLoader(gridParsers(spec), { urlKeys: gridUrlKeys(spec) })(searchParams));
}

/**
 * The query string of a grid state patch (defaults dropped), e.g. for links into a filtered grid,
 * under the grid's URL keys. `unprefixed` writes the plain keys, as the CSV export route reads them.
 */
export function gridQueryString(spec: GridSpec, values: Record<string, unknown>, { unprefixed = false } = {}): string {
  return createSerializer(gridParsers(spec), { urlKeys: unprefixed ? undefined : gridUrlKeys(spec) })(values);
}
