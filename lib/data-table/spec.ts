// A grid is declared once per resource: which columns exist, which sort and filter, how it pages.
// Shared by the server (parsing + SQL) and the client (toolbar, headers); keep it plain data.

export const pageSizes = [10, 25, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];

export type EnumOption = { value: string; label: string };

/** Count only while one of these filters (column ids, or "q" for the search) narrows a big table. */
export type EnumCountsWhen = { whenFilteredBy: readonly string[] };

export type FilterSpec =
  | { kind: "text" }
  /**
   * Multi-select with a row count per option (one GROUP BY per request). Counts default to on for
   * offset grids and off for keyset grids, whose tables are too big to group on every page view.
   * `rowIds`: the options are rows of a small table an admin edits (e.g. pipelines), so the spec
   * lists none: the URL takes row UUIDs and the page passes their labels (DataTable `rowOptions`).
   */
  | { kind: "enum"; options: readonly EnumOption[]; counts?: boolean | EnumCountsWhen; rowIds?: true }
  /** Inclusive calendar days, `from` ≤ day ≤ `to` (UTC). */
  | { kind: "date" }
  /** Inclusive bounds. */
  | { kind: "number" };

export type FilterKind = FilterSpec["kind"];

export type GridColumnSpec<Id extends string = string> = {
  id: Id;
  header: string;
  sortable?: boolean;
  /** Whether the column visibility menu offers it (default true). */
  hideable?: boolean;
  /** Hidden until the user turns it on. */
  hiddenByDefault?: boolean;
  filter?: FilterSpec;
  /**
   * On a phone a grid row is a card: "primary" columns are its title, "secondary" ones (the
   * default) stack under it with their header, "optional" ones are left out. When no column says
   * "primary", the first visible one is. Row actions stay on the card's right.
   */
  priority?: ColumnPriority;
};

export type ColumnPriority = "primary" | "secondary" | "optional";

export type SortState<Id extends string = string> = { id: Id; desc: boolean };

export type PagingSpec<Id extends string = string> =
  | { mode: "offset" }
  /**
   * Keyset on (timeColumn, row id); the grid sorts by the time column only. `recentDays`: an
   * append-only stream opens on its last N UTC days (today included) unless the URL sets a
   * range on the time column (its filter must be a date filter); the CSV export covers the same.
   */
  | { mode: "keyset"; timeColumn: Id; recentDays?: number };

export type GridSpec<Id extends string = string> = {
  columns: readonly GridColumnSpec<Id>[];
  defaultSort: SortState<Id>;
  paging: PagingSpec<Id>;
  /** Enables the `q` search box; the server binding says which columns it searches. */
  search?: { placeholder: string };
  defaultPageSize?: PageSize;
  /**
   * Prefixes every URL key of the grid (`sessions.page`, `sessions.sort`, `sessions.q`…) so
   * several grids share one page without clashing. None for a page's main grid.
   */
  urlPrefix?: string;
};

/** The default window's length in days when `state` leaves the time range unset, else null (the page says which it shows). */
export function recentWindowDays(spec: GridSpec, filters: Record<string, unknown>): number | null {
  if (spec.paging.mode !== "keyset" || !spec.paging.recentDays) return null;
  return filters[spec.paging.timeColumn] === undefined ? spec.paging.recentDays : null;
}

/** What a stream's page says it shows: its default window, or the range the URL chose. */
export function recentWindowNote(spec: GridSpec, filters: Record<string, unknown>): string {
  const days = recentWindowDays(spec, filters);
  if (days === null) return "The chosen time range.";
  const header = spec.columns.find((c) => spec.paging.mode === "keyset" && c.id === spec.paging.timeColumn)?.header ?? "Time";
  return days === 2 ? `Today and yesterday (UTC); pick a ${header} range for others.` : `The last ${days} days; pick a ${header} range for others.`;
}

/** URL keys the grid itself uses; a column id may not take one of them (its filter key is its id). */
export const reservedKeys = ["page", "size", "sort", "q", "cols", "cursor"] as const;

/** Declares a grid and checks it once, at module load, so a typo fails loudly in development. */
export function defineGrid<const Id extends string>(spec: GridSpec<Id>): GridSpec<Id> {
  const ids = spec.columns.map((c) => c.id);
  const clash = ids.find((id) => (reservedKeys as readonly string[]).includes(id));
  if (clash) throw new Error(`Grid column id "${clash}" is a reserved URL key.`);
  if (new Set(ids).size !== ids.length) throw new Error("Grid column ids must be unique.");
  if (!sortableIds(spec).includes(spec.defaultSort.id)) {
    throw new Error(`Default sort "${spec.defaultSort.id}" is not a sortable column.`);
  }
  if (spec.urlPrefix !== undefined && !/^[a-z][a-zA-Z0-9]*$/.test(spec.urlPrefix)) {
    throw new Error(`Grid URL prefix "${spec.urlPrefix}" must be a word of letters and digits.`);
  }
  return spec;
}

/**
 * The same grid under its own URL keys, e.g. an organization's members as a related list on the
 * organization page while the members grid keeps plain keys on its own page. Call it once at
 * module level (hooks rely on the spec object staying the same).
 */
export function withUrlPrefix<Id extends string>(spec: GridSpec<Id>, urlPrefix: string): GridSpec<Id> {
  return defineGrid({ ...spec, urlPrefix });
}

/** The URL key of one of a grid's state keys (`page`, `sort`, a filter's column id…). */
export function gridUrlKey(spec: GridSpec, key: string): string {
  return spec.urlPrefix ? `${spec.urlPrefix}.${key}` : key;
}

/** Columns the URL may sort by: in keyset mode only the time column. */
export function sortableIds<Id extends string>(spec: GridSpec<Id>): Id[] {
  if (spec.paging.mode === "keyset") return [spec.paging.timeColumn];
  return spec.columns.filter((c) => c.sortable).map((c) => c.id);
}

export function filterableColumns<Id extends string>(spec: GridSpec<Id>) {
  return spec.columns.filter((c): c is GridColumnSpec<Id> & { filter: FilterSpec } => c.filter !== undefined);
}

/** Each column's phone priority, the first column primary when none is declared (see GridColumnSpec.priority). */
export function columnPriorities<Id extends string>(spec: GridSpec<Id>, visible: readonly string[]): Map<string, ColumnPriority> {
  const declared = spec.columns.some((c) => c.priority === "primary");
  const firstVisible = spec.columns.find((c) => visible.includes(c.id))?.id;
  return new Map(spec.columns.map((c) => [c.id, c.priority ?? (!declared && c.id === firstVisible ? "primary" : "secondary")]));
}

export function defaultVisibleIds<Id extends string>(spec: GridSpec<Id>): Id[] {
  return spec.columns.filter((c) => !c.hiddenByDefault).map((c) => c.id);
}
