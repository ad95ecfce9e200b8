"use client";

// The one frame every chart sits in: a card whose title names the chart, a Chart/Table switch
// (the table holds the same numbers, for screen readers and for copying), and an empty state.
import { useId, type ReactNode } from "react";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { CHART_HEIGHT } from "./chart-style";

/** The chart's numbers as text: the first column names the row, the others are formatted values. */
import type { ChartTable } from "@/lib/charts/tables";

export type ChartFrameProps = {
  title: string;
  description?: string;
  /** Shown instead of chart and table when there is nothing to draw. */
  emptyMessage?: string;
  className?: string;
};

type Props = ChartFrameProps & {
  isEmpty: boolean;
  table: ChartTable;
  children: ReactNode;
};

export function ChartFrame({ title, description, emptyMessage, className, isEmpty, table, children }: Props) {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <Card
      role="group"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className={className}
    >
      <Tabs defaultValue="chart" className="gap-4">
        <CardHeader>
          <CardTitle>
            <h2 id={titleId}>{title}</h2>
          </CardTitle>
          {description && <CardDescription id={descriptionId}>{description}</CardDescription>}
          {!isEmpty && (
            <CardAction>
              <TabsList aria-label={`${title}: view as`}>
                <TabsTrigger value="chart">Chart</TabsTrigger>
                <TabsTrigger value="table">Table</TabsTrigger>
              </TabsList>
            </CardAction>
          )}
        </CardHeader>
        <CardContent>
          {isEmpty ? (
            <p
              className="flex items-center justify-center text-sm text-muted-foreground"
              style={{ height: CHART_HEIGHT }}
            >
              {emptyMessage ?? "No data for this period."}
            </p>
          ) : (
            <>
              <TabsContent value="chart">{children}</TabsContent>
              <TabsContent value="table">
                <ChartDataTable title={title} table={table} />
              </TabsContent>
            </>
          )}
        </CardContent>
      </Tabs>
    </Card>
  );
}

function ChartDataTable({ title, table }: { title: string; table: ChartTable }) {
  const [rowHeader, ...valueHeaders] = table.columns;
  return (
    // Focusable and named: a keyboard user can scroll it (axe: scrollable-region-focusable).
    <div className="overflow-auto" style={{ maxHeight: CHART_HEIGHT }} tabIndex={0} role="region" aria-label={`${title}, as a table`}>
      <Table>
        <TableCaption className="sr-only">{title}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">{rowHeader}</TableHead>
            {valueHeaders.map((column) => (
              <TableHead key={column} scope="col" className="text-right">
                {column}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map(({ key, cells: [name, ...values] }) => (
            <TableRow key={key}>
              <TableHead scope="row" className="font-normal">
                {name}
              </TableHead>
              {values.map((value, i) => (
                <TableCell key={valueHeaders[i]} className="text-right tabular-nums">
                  {value}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** A placeholder of the same size, for a Suspense fallback while the chart's query runs. */
export function ChartFrameSkeleton({ title, className }: { title: string; className?: string }) {
  return (
    <Card className={className} aria-busy="true">
      <CardHeader>
        <CardTitle>
          <h2>{title}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <Skeleton className="w-full" style={{ height: CHART_HEIGHT }} />
      </CardContent>
    </Card>
  );
}
