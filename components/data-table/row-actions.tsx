"use client";
// The last column of a grid whose rows have buttons (revoke, unenroll, reset…). It is not a spec
// column: always shown, never sorted, and its header is named for screen readers only.
import type { ReactNode } from "react";
import { gridColumnHelper, type CellContext, type GridColumnDef } from "./features";

export const rowActionsColumnId = "actions";

/** `rowActionsColumn<Row>(({ row }) => <ConfirmActionButton … />)`; append it to the grid's columns. */
export function rowActionsColumn<Row>(cell: (context: CellContext<Row>) => ReactNode): GridColumnDef<Row> {
  return gridColumnHelper<Row>().display({
    id: rowActionsColumnId,
    header: () => <span className="sr-only">Actions</span>,
    cell: (context) => <div className="flex justify-end gap-1">{cell(context)}</div>,
  });
}
