// The grid's column model. The server sorts, filters and pages, so a column is only an id, a way
// to read its value from a row and a cell renderer; DataTable calls the renderers over the rows.
import type { ReactNode } from "react";
import type { GridSpec } from "@/lib/data-table/spec";

/** What a cell renderer gets: its value and the row it belongs to. */
export type CellContext<Row, Value = unknown> = { getValue: () => Value; row: { original: Row } };

export type GridColumnDef<Row> = {
  id: string;
  /** The header when the spec has no column of this id (row actions: a screen-reader name). */
  header?: () => ReactNode;
  /** The column's value, for a column read from the row (the first sort direction follows its type). */
  value?: (row: Row) => unknown;
  render: (row: Row) => ReactNode;
};

/** The column ids a grid spec declares (`string` for an untyped spec). */
export type GridColumnId<Spec> = Spec extends GridSpec<infer Id> ? Id : string;

type RowKey<Row> = Extract<keyof Row, string>;

/** A column read from a row key: the key is its id when the spec declares it, else `id` must name a spec column. */
type KeyColumn<Row, Key extends RowKey<Row>, Id extends string> = { cell?: (info: CellContext<Row, Row[Key]>) => ReactNode } & (Key extends Id
  ? { id?: Id }
  : { id: Id });

type DisplayColumn<Row, Id extends string> = { id: Id; header?: () => ReactNode; cell: (info: CellContext<Row>) => ReactNode };

export type GridColumnHelper<Row, Id extends string> = {
  accessor<Key extends RowKey<Row>>(key: Key, column: KeyColumn<Row, Key, Id>): GridColumnDef<Row>;
  accessor<Value>(accessor: (row: Row) => Value, column: { id: Id; cell?: (info: CellContext<Row, Value>) => ReactNode }): GridColumnDef<Row>;
  display(column: DisplayColumn<Row, Id>): GridColumnDef<Row>;
  columns(columns: GridColumnDef<Row>[]): GridColumnDef<Row>[];
};

// A column without a renderer shows its value as text.
const asText = (value: unknown): ReactNode => (value == null ? null : String(value));

function valueColumn<Row, Value>(id: string, value: (row: Row) => Value, cell?: (info: CellContext<Row, Value>) => ReactNode): GridColumnDef<Row> {
  return {
    id,
    value,
    render: cell ? (row) => cell({ getValue: () => value(row), row: { original: row } }) : (row) => asText(value(row)),
  };
}

/**
 * Column helper for a grid's columns file. With the spec's type, `gridColumnHelper<Row, typeof usersGrid>()`,
 * every column id is checked against the spec by the compiler: a typo fails `tsc`.
 */
export function gridColumnHelper<Row, Spec extends GridSpec = GridSpec>(): GridColumnHelper<Row, GridColumnId<Spec>> {
  return {
    accessor: <Value>(from: RowKey<Row> | ((row: Row) => Value), column: { id?: string; cell?: (info: CellContext<Row, Value>) => ReactNode }) =>
      typeof from === "function"
        ? valueColumn(column.id!, from, column.cell)
        : valueColumn(column.id ?? from, (row: Row) => row[from] as Value, column.cell),
    display: ({ id, header, cell }: DisplayColumn<Row, string>) => ({ id, header, render: (row: Row) => cell({ getValue: () => undefined, row: { original: row } }) }),
    columns: (columns: GridColumnDef<Row>[]) => columns,
  } as GridColumnHelper<Row, GridColumnId<Spec>>;
}
