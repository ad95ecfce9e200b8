"use client";
// The one data grid. The server already filtered, sorted and paged `result`; this renders it
// with TanStack Table (manual everything) and turns every control into a URL change.
import { useTable, type RowData, type RowSelectionState, type SortingState, type Updater } from "@tanstack/react-table";
import { ArrowDownIcon, ArrowUpDownIcon, ArrowUpIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, type MouseEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { GridPage } from "@/lib/data-table/result";
import { columnPriorities, sortableIds, type EnumOption, type GridSpec } from "@/lib/data-table/spec";
import { formatNumber } from "@/lib/format";
import { ColumnResizeHandle } from "./column-resize-handle";
import { useColumnWidths } from "./column-widths";
import { DataTablePagination } from "./data-table-pagination";
import { SkeletonRows } from "./data-table-states";
import { DataTableToolbar } from "./data-table-toolbar";
import { gridColumnHelper, gridFeatures, type GridColumnDef } from "./features";
import { useGridUrl } from "./use-grid-url";

/**
 * What a bulk action acts on: the selected rows of this page, or — after "Select all N matching" —
 * `matching`: every row the grid's search and filters match (the query and the count to confirm;
 * the action does the work on the server, lib/data-table/matching.ts).
 */
export type BulkSelection<Row> = { rows: Row[]; clear: () => void; matching: { query: string; count: number } | null };

export type DataTableProps<Row extends RowData> = {
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

const selectColumnId = "select";

function selectionColumn<Row extends RowData>(): GridColumnDef<Row> {
  return gridColumnHelper<Row>().display({
    id: selectColumnId,
    header: ({ table }) => (
      <Checkbox
        aria-label="Select all rows on this page"
        checked={table.getIsAllPageRowsSelected() ? true : table.getIsSomePageRowsSelected() ? "indeterminate" : false}
        onCheckedChange={(checked) => table.toggleAllPageRowsSelected(checked === true)}
      />
    ),
    cell: ({ row }) => (
      <Checkbox aria-label="Select row" checked={row.getIsSelected()} onCheckedChange={(checked) => row.toggleSelected(checked === true)} />
    ),
  });
}

// A click on a control inside a row does its own thing, not the row's navigation.
function isInteractive(target: EventTarget) {
  return target instanceof Element && target.closest("a, button, input, label, [role=checkbox], [role=menuitem]") !== null;
}

export function DataTable<Row extends RowData>({ spec, columns, result, getRowId, rowHref, bulkActions, selectAllMatching, label, exportHref, rowOptions }: DataTableProps<Row>) {
  const url = useGridUrl(spec);
  const router = useRouter();
  const sortable = useMemo(() => sortableIds(spec), [spec]);
  const allColumns = useMemo(() => (bulkActions ? [selectionColumn<Row>(), ...columns] : columns), [bulkActions, columns]);

  // Selection belongs to the rows on screen: a new page of rows starts with none selected.
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [allMatching, setAllMatching] = useState(false);
  const [selectionRows, setSelectionRows] = useState(result.rows);
  if (selectionRows !== result.rows) {
    setSelectionRows(result.rows);
    setRowSelection({});
    setAllMatching(false);
  }
  const [columnSizing, setColumnSizing] = useColumnWidths(label);

  const sorting: SortingState = [url.state.sort];
  const columnVisibility = Object.fromEntries(spec.columns.map((c) => [c.id, url.state.visible.includes(c.id)]));

  const table = useTable({
    features: gridFeatures,
    columns: allColumns,
    data: result.rows,
    getRowId,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    enableRowSelection: Boolean(bulkActions),
    state: { sorting, columnVisibility, rowSelection, columnSizing },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = typeof updater === "function" ? updater(sorting) : updater;
      if (next) url.setSort(next);
    },
    onRowSelectionChange: (updater: Updater<RowSelectionState>) => {
      setAllMatching(false);
      setRowSelection(updater);
    },
    onColumnSizingChange: setColumnSizing,
  });

  const rows = table.getRowModel().rows;
  const visibleColumnCount = table.getVisibleLeafColumns().length;
  const firstDataColumnId = table.getVisibleLeafColumns().find((c) => c.id !== selectColumnId)?.id;
  const selectedRows = bulkActions ? rows.filter((row) => row.getIsSelected()).map((row) => row.original) : [];
  // Every matching row can be taken when the count is exact (lib/data-table/estimate.ts caps that) and beyond this page.
  const matchingCount = selectAllMatching && result.total.exact && result.total.count > rows.length ? result.total.count : null;
  const pageSelected = rows.length > 0 && selectedRows.length === rows.length;
  const clearSelection = () => {
    setAllMatching(false);
    setRowSelection({});
  };
  const matching = allMatching && matchingCount !== null ? { query: url.queryString.replace(/^\?/, ""), count: matchingCount } : null;
  /** A column's width, when someone set one (else it sizes to its content). Read from our state, not
   * column.getSize(): the table's own copy of the state catches up only after this render. */
  const widthOf = (id: string): number | undefined => columnSizing[id];
  const headerLabel = (id: string) => spec.columns.find((c) => c.id === id)?.header;
  const priorities = columnPriorities(spec, url.state.visible);
  // Attributes the phone layout (globals.css, table[data-phone]) lays a row out by.
  const phoneCell = (id: string) => {
    const priority = priorities.get(id);
    if (!priority) return { "data-control": id === selectColumnId ? "select" : "action" };
    return priority === "secondary" ? { "data-label": headerLabel(id) } : { "data-priority": priority };
  };

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
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id} className="hover:bg-transparent">
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const sorted = url.state.sort.id === id ? (url.state.sort.desc ? "descending" : "ascending") : "none";
                  const text = headerLabel(id);
                  const width = widthOf(id);
                  // Spec columns can be resized; the width holds the header's content (cells follow).
                  const resize = text !== undefined && (
                    <ColumnResizeHandle
                      label={text}
                      width={width}
                      onResize={(w) => setColumnSizing((old) => ({ ...old, [id]: w }))}
                      onReset={() => header.column.resetSize()}
                    />
                  );
                  // A set width on the header cell too: the table gives its spare width to the other columns.
                  const style = width === undefined ? undefined : { width };
                  const sized = (content: ReactNode) => (width === undefined ? content : <div data-column-width="" style={{ width }}>{content}</div>);
                  if (!sortable.includes(id)) {
                    return (
                      <TableHead key={header.id} className={id === selectColumnId ? "w-10" : "relative"} style={style}>
                        {sized(text ?? <table.FlexRender header={header} />)}
                        {resize}
                      </TableHead>
                    );
                  }
                  const SortIcon = sorted === "none" ? ArrowUpDownIcon : sorted === "ascending" ? ArrowUpIcon : ArrowDownIcon;
                  return (
                    <TableHead key={header.id} aria-sort={sorted} className="relative" style={style}>
                      {sized(<Button
                        variant="ghost"
                        size="sm"
                        className="-ml-3 h-8 data-[sorted=true]:text-foreground"
                        data-sorted={sorted !== "none"}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {text}
                        <SortIcon aria-hidden className={sorted === "none" ? "opacity-40" : undefined} />
                      </Button>)}
                      {resize}
                    </TableHead>
                  );
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {url.isPending ? (
              <SkeletonRows columnCount={visibleColumnCount} rowCount={Math.max(rows.length, 1)} />
            ) : rows.length === 0 ? (
              <TableRow className="hover:bg-transparent">
                <TableCell colSpan={visibleColumnCount} className="h-32 text-center">
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
                const href = rowHref?.(row.original);
                return (
                  <TableRow
                    key={row.id}
                    data-state={bulkActions && row.getIsSelected() ? "selected" : undefined}
                    className={href ? "cursor-pointer" : undefined}
                    onClick={href ? (event: MouseEvent) => !isInteractive(event.target) && router.push(href) : undefined}
                  >
                    {row.getVisibleCells().map((cell) => {
                      const content =
                        href && cell.column.id === firstDataColumnId ? (
                          // Not prefetched: a page of rows would render a page of detail pages on the server.
                          <Link href={href} prefetch={false} className="ui-row-link">
                            <table.FlexRender cell={cell} />
                          </Link>
                        ) : (
                          <table.FlexRender cell={cell} />
                        );
                      const width = widthOf(cell.column.id);
                      return (
                        <TableCell key={cell.id} {...phoneCell(cell.column.id)}>
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
