"use client";
// The last column of a grid whose rows have buttons (revoke, unenroll, reset…). It is not a spec
// column: always shown, never sorted, and its header is named for screen readers only.
import type { CellContext, RowData } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { gridColumnHelper, type GridColumnDef, type GridFeatures } from "./features";

export const rowActionsColumnId = "actions";

/** `rowActionsColumn<Row>(({ row }) => <ConfirmActionButton … />)`; append it to the grid's columns. */
export function rowActionsColumn<Row extends RowData>(cell: (context: CellContext<GridFeatures, Row, unknown>) => ReactNode): GridColumnDef<Row> {
  return gridColumnHelper<Row>().display({
    id: rowActionsColumnId,
    header: () => <span className="sr-only">Actions</span>,
    cell: (context) => <div className="flex justify-end gap-1">{cell(context)}</div>,
  });
}
