// A short list of records inside a related list (a person's deals, latest calls…): server-rendered
// rows with no grid machinery, its own empty state, and a link to the full grid when there is more.
import Link from "next/link";
import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export type CompactColumn<Row> = { header: string; cell: (row: Row) => ReactNode; numeric?: boolean };

type CompactTableProps<Row> = {
  /** Names the table for assistive technology. */
  label: string;
  columns: CompactColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there are no rows. */
  empty: string;
  /** The full grid, e.g. filtered to the record ("See all 42"). */
  more?: { href: string; label: string };
};

export function CompactTable<Row>({ label, columns, rows, rowKey, empty, more }: CompactTableProps<Row>) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <div className="space-y-2">
      <Table aria-label={label}>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHead key={column.header} className={column.numeric ? "text-right" : undefined}>
                {column.header}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column) => (
                <TableCell key={column.header} className={column.numeric ? "text-right tabular-nums" : undefined}>
                  {column.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {more && (
        <Link href={more.href} className="text-sm underline-offset-4 hover:underline">
          {more.label}
        </Link>
      )}
    </div>
  );
}
