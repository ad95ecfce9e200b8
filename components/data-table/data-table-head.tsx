"use client";
// The grid's header row: spec headers, a sort toggle on each sortable column (aria-sort), a
// resize grip on each spec column, and the page's select-all checkbox when rows can be selected.
import { SpriteIcon } from "@/components/ui/sprite-icon";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { GridSpec, SortState } from "@/lib/data-table/spec";
import { ColumnResizeHandle } from "./column-resize-handle";
import type { ColumnWidths } from "./column-widths";
import type { GridColumnDef } from "./features";

type Props<Row> = {
  spec: GridSpec;
  /** The visible columns, in order. */
  columns: GridColumnDef<Row>[];
  sort: SortState;
  sortable: readonly string[];
  onSort: (column: GridColumnDef<Row>) => void;
  widths: ColumnWidths;
  setWidth: (id: string, width: number | undefined) => void;
  /** The select-all checkbox, when the grid selects rows. */
  selectAll: ReactNode;
};

export function DataTableHead<Row>({ spec, columns, sort, sortable, onSort, widths, setWidth, selectAll }: Props<Row>) {
  return (
    <TableHeader>
      <TableRow className="hover:bg-transparent">
        {selectAll && <TableHead className="w-10">{selectAll}</TableHead>}
        {columns.map((column) => {
          const { id } = column;
          const text = spec.columns.find((c) => c.id === id)?.header;
          const width = widths[id];
          // Spec columns can be resized; the width holds the header's content (cells follow).
          const resize = text !== undefined && (
            <ColumnResizeHandle label={text} width={width} onResize={(w) => setWidth(id, w)} onReset={() => setWidth(id, undefined)} />
          );
          // A set width on the header cell too: the table gives its spare width to the other columns.
          const style = width === undefined ? undefined : { width };
          const sized = (content: ReactNode) => (width === undefined ? content : <div data-column-width="" style={{ width }}>{content}</div>);
          if (!sortable.includes(id)) {
            return (
              <TableHead key={id} className="relative" style={style}>
                {sized(text ?? column.header?.())}
                {resize}
              </TableHead>
            );
          }
          const sorted = sort.id === id ? (sort.desc ? "descending" : "ascending") : "none";
          const sortIcon = sorted === "none" ? "ArrowUpDown" : sorted === "ascending" ? "ArrowUp" : "ArrowDown";
          return (
            <TableHead key={id} aria-sort={sorted} className="relative" style={style}>
              {sized(
                <Button variant="ghost" size="sm" className="-ml-3 h-8 data-[sorted=true]:text-foreground" data-sorted={sorted !== "none"} onClick={() => onSort(column)}>
                  {text}
                  <SpriteIcon name={sortIcon} className={sorted === "none" ? "opacity-40" : undefined} />
                </Button>,
              )}
              {resize}
            </TableHead>
          );
        })}
      </TableRow>
    </TableHeader>
  );
}
