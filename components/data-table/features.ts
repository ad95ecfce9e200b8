// The TanStack Table (v9) features every grid registers. Sorting, filtering and paging are done
// by the server, so no client row models are registered: the table only renders and tracks UI state.
import {
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  type AccessorFn,
  type ColumnDef,
  type ColumnHelper,
  type DeepKeys,
  type DeepValue,
  type DisplayColumnDef,
  type IdentifiedColumnDef,
  type RowData,
} from "@tanstack/react-table";
import type { GridSpec } from "@/lib/data-table/spec";

export const gridFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature, rowSelectionFeature, columnSizingFeature });

export type GridFeatures = typeof gridFeatures;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of one table have different value types
export type GridColumnDef<Row extends RowData> = ColumnDef<GridFeatures, Row, any>;

/** The column ids a grid spec declares (`string` for an untyped spec). */
export type GridColumnId<Spec> = Spec extends GridSpec<infer Id> ? Id : string;

/** A column read from a row key: the key is its id when the spec declares it, else `id` must name a spec column. */
type KeyColumn<Row extends RowData, Key extends DeepKeys<Row>, Id extends string> = IdentifiedColumnDef<GridFeatures, Row, DeepValue<Row, Key>> &
  (Key extends Id ? { id?: Id } : { id: Id });

export type GridColumnHelper<Row extends RowData, Id extends string> = {
  accessor<Key extends DeepKeys<Row>>(key: Key, column: KeyColumn<Row, Key, Id>): GridColumnDef<Row>;
  accessor<Value>(accessor: AccessorFn<Row, Value>, column: DisplayColumnDef<GridFeatures, Row, Value> & { id: Id }): GridColumnDef<Row>;
  display(column: DisplayColumnDef<GridFeatures, Row> & { id: Id }): GridColumnDef<Row>;
  columns: ColumnHelper<GridFeatures, Row>["columns"];
};

/**
 * Column helper for a grid's columns file. With the spec's type, `gridColumnHelper<Row, typeof usersGrid>()`,
 * every column id is checked against the spec by the compiler: a typo fails `tsc`.
 */
export function gridColumnHelper<Row extends RowData, Spec extends GridSpec = GridSpec>(): GridColumnHelper<Row, GridColumnId<Spec>> {
  return createColumnHelper<GridFeatures, Row>() as unknown as GridColumnHelper<Row, GridColumnId<Spec>>;
}
