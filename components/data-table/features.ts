// The TanStack Table (v9) features every grid registers. Sorting, filtering and paging are done
// by the server, so no client row models are registered: the table only renders and tracks UI state.
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from "@tanstack/react-table";

export const gridFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature, rowSelectionFeature });

export type GridFeatures = typeof gridFeatures;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of one table have different value types
export type GridColumnDef<Row extends RowData> = ColumnDef<GridFeatures, Row, any>;

/** Column helper for a grid's columns file; a column's id must be the id declared in the grid spec. */
export function gridColumnHelper<Row extends RowData>() {
  return createColumnHelper<GridFeatures, Row>();
}
