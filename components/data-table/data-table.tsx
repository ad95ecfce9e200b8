"use client";
// The one data grid. The server already filtered, sorted and paged `result`; this renders its rows
// by calling each visible column's cell renderer and turns every control into a URL change.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, type MouseEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { GridPage } from "@/lib/data-table/result";
import { columnPriorities, sortableIds, type EnumOption, type GridSpec } from "@/lib/data-table/spec";
import { formatNumber } from "@/lib/format";
import { useColumnWidths } from "./column-widths";
import { DataTableHead } from "./data-table-head";
import { DataTablePagination } from "./data-table-pagination";
import { SkeletonRows } from "./data-table-states";
import { DataTableToolbar } from "./data-table-toolbar";
import type { GridColumnDef } from "./features";
import { useGridUrl } from "./use-grid-url";

/**
 * What a bulk action acts on: the selected rows of this page, or — after "Select all N matching" —
 * `matching`: every row the grid's search and filters match (the query and the count to confirm;
 * the action does the work on the server, lib/data-table/matching.ts).
 */
export type BulkSelection<Row> = { rows: Row[]; clear: () => void; matching: { query: string; count: number } | null };

export type DataTableProps<Row> = {
  spec: GridSpec;
  /** Column ids must be the spec's ids; headers come from the spec. */
  columns: GridColumnDef<Row>[];
  result: GridPage<Row>;
  getRowId: (row: Row) => string;
  /** Makes each row open this URL: its first cell becomes the (keyboard-focusable) link. */
  rowHref?: (row: Row) => string;
  /** Turns on row selection; rendered above the table while rows are selected. */
  bulkActions?: (selection: BulkSelection<Row>) => ReactNode;
  /** The bulk actions also take every matching row (not just this page's): offers "Select all N matching". */
  selectAllMatching?: boolean;
  /** Names the table for assistive technology, e.g. "Users". */
  label: string;
  /** A CSV export route for this grid (pass it only when the role may export): shows an Export button. */
  exportHref?: string;
  /** Per enum filter over rows (`rowIds` in the spec): its options, e.g. the pipelines by name. */
  rowOptions?: Record<string, readonly EnumOption[]>;
};

// A click on a control inside a row does its own thing, not the row's navigation.
function isInteractive(target: EventTarget) {
  return target instanceof Element && target.closest("a, button, input, label, [role=checkbox], [role=menuitem]") !== null;
}

/** A column's first sort direction, from its values on this page: text A→Z first, numbers and dates newest/largest first. */
function sortsDescFirst<Row>(column: GridColumnDef<Row>, rows: readonly Row[]) {
  for (const row of rows.slice(0, 10)) {
    const value = column.value?.(row);
    if (value != null) return typeof value !== "string";
  }
  return true;
}

export function DataTable<Row>({ spec, columns, result, getRowId, rowHref, bulkActions, selectAllMatching, label, exportHref, rowOptions }: DataTableProps<Row>) {
  const url = useGridUrl(spec);
  const router = useRouter();
  const sortable = useMemo(() => sortableIds(spec), [spec]);
  const specIds = useMemo(() => new Set<string>(spec.columns.map((c) => c.id)), [spec]);

  // Selection belongs to the rows on screen: a new page of rows starts with none selected.
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [selectionRows, setSelectionRows] = useState(result.rows);
  if (selectionRows !== result.rows) {
    setSelectionRows(result.rows);
    setSelectedIds(new Set());
    setAllMatching(false);
  }
  const [widths, setWidths] = useColumnWidths(label);

  const rows = result.rows;
  const shown = columns.filter((c) => !specIds.has(c.id) || url.state.visible.includes(c.id));
  const columnCount = shown.length + (bulkActions ? 1 : 0);
  const firstColumnId = shown[0]?.id;
  const selectedRows = bulkActions ? rows.filter((row) => selectedIds.has(getRowId(row))) : [];
  // Every matching row can be taken when the count is exact (lib/data-table/estimate.ts caps that) and beyond this page.
  const matchingCount = selectAllMatching && result.total.exact && result.total.count > rows.length ? result.total.count : null;
  const pageSelected = rows.length > 0 && selectedRows.length === rows.length;
  const select = (ids: ReadonlySet<string>) => {
    setAllMatching(false);
    setSelectedIds(ids);
  };
  const toggleRow = (id: string, on: boolean) => {
    const next = new Set(selectedIds);
    if (on) next.add(id);
    else next.delete(id);
    select(next);
  };
  const clearSelection = () => select(new Set());
  const matching = allMatching && matchingCount !== null ? { query: url.queryString.replace(/^\?/, ""), count: matchingCount } : null;
  const onSort = (column: GridColumnDef<Row>) => {
    const { sort } = url.state;
    url.setSort({ id: column.id, desc: sort.id === column.id ? !sort.desc : sortsDescFirst(column, rows) });
  };
  // No width (Home, double-click) gives the column back its natural width.
  const setWidth = (id: string, width: number | undefined) =>
    setWidths((old) => {
      const next = { ...old };
      if (width === undefined) delete next[id];
      else next[id] = width;
      return next;
    });
  const priorities = columnPriorities(spec, url.state.visible);
  // Attributes the phone layout (globals.css, table[data-phone]) lays a row out by.
  const phoneCell = (id: string) => {
    const priority = priorities.get(id);
    if (!priority) return { "data-control": "action" };
    return priority === "secondary" ? { "data-label": spec.columns.find((c) => c.id === id)?.header } : { "data-priority": priority };
  };
  const selectAll = bulkActions && (
    <Checkbox
      aria-label="Select all rows on this page"
      checked={pageSelected ? true : selectedRows.length > 0 ? "indeterminate" : false}
      onCheckedChange={(checked) => select(new Set(checked === true ? rows.map(getRowId) : []))}
    />
  );

  return (
    <div className="grid grid-cols-1 gap-4">
      <DataTableToolbar spec={spec} url={url} facets={result.facets} exportHref={exportHref} rowOptions={rowOptions} />
      {bulkActions && selectedRows.length > 0 && (
        <div className="flex flex-wrap items-center gap-3 rounded-md border bg-muted/50 px-3 py-2 text-sm" role="region" aria-label="Bulk actions">
          <span className="font-medium" aria-live="polite">
            {matching ? `All ${formatNumber(matching.count)} matching selected` : `${selectedRows.length} selected`}
          </span>
          {pageSelected && matchingCount !== null && !matching && (
            <Button variant="link" size="sm" className="h-auto px-0" onClick={() => setAllMatching(true)}>
              Select all {formatNumber(matchingCount)} matching
            </Button>
          )}
          {bulkActions({ rows: selectedRows, clear: clearSelection, matching })}
          <Button variant="ghost" size="sm" onClick={clearSelection}>
            Clear selection
          </Button>
        </div>
      )}
      <div className="rounded-md border">
        <Table aria-label={label} aria-busy={url.isPending} data-phone="">
          <DataTableHead spec={spec} columns={shown} sort={url.state.sort} sortable={sortable} onSort={onSort} widths={widths} setWidth={setWidth} selectAll={selectAll} />
          <TableBody>
            {url.isPending ? (
              <SkeletonRows columnCount={columnCount} rowCount={Math.max(rows.length, 1)} />
            ) : rows.length === 0 ? (
              <TableRow className="hover:bg-transparent">
                <TableCell colSpan={columnCount} className="h-32 text-center">
                  <div className="flex flex-col items-center gap-2 text-muted-foreground">
                    <p>{url.isFiltered ? "No rows match these filters." : "Nothing here yet."}</p>
                    {url.isFiltered && (
                      <Button variant="outline" size="sm" onClick={url.resetFilters}>
                        Clear filters
                      </Button>
                    )}
                  </div>
                </TableCell>
              </TableRow>
            ) : (
              rows.map((row) => {
                const id = getRowId(row);
                const href = rowHref?.(row);
                const selected = bulkActions !== undefined && selectedIds.has(id);
                return (
                  <TableRow
                    key={id}
                    data-state={selected ? "selected" : undefined}
                    className={href ? "cursor-pointer" : undefined}
                    onClick={href ? (event: MouseEvent) => !isInteractive(event.target) && router.push(href) : undefined}
                  >
                    {bulkActions && (
                      <TableCell data-control="select">
                        <Checkbox aria-label="Select row" checked={selected} onCheckedChange={(checked) => toggleRow(id, checked === true)} />
                      </TableCell>
                    )}
                    {shown.map((column) => {
                      const cell = column.render(row);
                      const content =
                        href && column.id === firstColumnId ? (
                          // Not prefetched: a page of rows would render a page of detail pages on the server.
                          <Link href={href} prefetch={false} className="ui-row-link">
                            {cell}
                          </Link>
                        ) : (
                          cell
                        );
                      const width = widths[column.id];
                      return (
                        <TableCell key={column.id} {...phoneCell(column.id)}>
                          {width === undefined ? content : <div data-column-width="" className="overflow-hidden text-ellipsis" style={{ width }}>{content}</div>}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                );
              })
            )}
          </TableBody>
        </Table>
      </div>
      <DataTablePagination result={result} url={url} />
    </div>
  );
}
