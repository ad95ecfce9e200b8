"use client";
// Reads and writes a grid's URL state. Every change that alters the rows re-renders the server
// page (shallow: false) inside a transition, so the table can show that it is loading.
import { debounce, useQueryStates, type Options } from "nuqs";
import { useCallback, useMemo, useTransition } from "react";
import type { Cursor } from "@/lib/data-table/cursor";
import type { FilterValue } from "@/lib/data-table/filters";
import { gridParsers, gridQueryString, gridUrlKeys, toGridState } from "@/lib/data-table/search-params";
import { filterableColumns, type GridSpec, type PageSize, type SortState } from "@/lib/data-table/spec";

const searchDebounceMs = 300;

export function useGridUrl(spec: GridSpec) {
  const [isPending, startTransition] = useTransition();
  const urlKeys = useMemo(() => gridUrlKeys(spec), [spec]);
  const [values, setValues] = useQueryStates(gridParsers(spec), { shallow: false, history: "push", startTransition, urlKeys });
  const state = useMemo(() => toGridState(spec, values), [spec, values]);
  /** The current state as "?…" under plain keys (defaults dropped): what the CSV export route reads. */
  const queryString = useMemo(() => gridQueryString(spec, values, { unprefixed: true }), [spec, values]);

  // Whatever changes the row set starts again from the first page.
  const firstPage = useMemo(() => (spec.paging.mode === "offset" ? { page: null } : { cursor: null }), [spec]);
  const update = useCallback(
    (patch: Record<string, unknown>, options?: Options) => void setValues(patch, options),
    [setValues],
  );

  return {
    state,
    queryString,
    isPending,
    isFiltered: state.q !== "" || Object.keys(state.filters).length > 0,
    setPage: (page: number) => update({ page }),
    setCursor: (cursor: Cursor | null) => update({ cursor }),
    setPageSize: (size: PageSize) => update({ size, ...firstPage }),
    setSort: (sort: SortState) => update({ sort, ...firstPage }),
    setSearch: (q: string) =>
      update({ q: q.trim() === "" ? null : q, ...firstPage }, { history: "replace", limitUrlUpdates: debounce(searchDebounceMs) }),
    setFilter: (columnId: string, value: FilterValue | null) => update({ [columnId]: value, ...firstPage }),
    // Visibility changes no rows: update the URL without a server round trip.
    setVisible: (ids: string[]) => update({ cols: ids }, { shallow: true }),
    resetFilters: () =>
      update({ q: null, ...firstPage, ...Object.fromEntries(filterableColumns(spec).map((c) => [c.id, null])) }),
  };
}

export type GridUrl = ReturnType<typeof useGridUrl>;
