// The table view of each chart kind: the same numbers the chart draws, as the text a person reads
// (the Chart/Table switch in components/charts/chart-frame.tsx). Pure, so tests can assert them.
import type { Bucket } from "@/lib/dates";
import { bucketNames, formatBucket, formatValue, type ValueFormat } from "@/lib/format";
import type { CategoryTotal, SeriesPoint, StackedSeries } from "./series";

export type ChartTable = { columns: string[]; rows: { key: string; cells: string[] }[] };

/** One row per category (bar chart). */
export function categoryTable(data: CategoryTotal[], format: ValueFormat, categoryLabel: string, valueLabel: string): ChartTable {
  return { columns: [categoryLabel, valueLabel], rows: data.map((row) => ({ key: row.label, cells: [row.label, formatValue(row.value, format)] })) };
}

/** One row per part, with its share of the whole (donut chart). */
export function shareTable(data: CategoryTotal[], format: ValueFormat, categoryLabel: string, valueLabel: string): ChartTable {
  const total = data.reduce((sum, row) => sum + row.value, 0);
  return {
    columns: [categoryLabel, valueLabel, "Share"],
    rows: data.map((row) => ({ key: row.label, cells: [row.label, formatValue(row.value, format), formatValue(total === 0 ? 0 : row.value / total, "percent")] })),
  };
}

/** One row per bucket (time series). */
export function seriesTable(data: SeriesPoint[], bucket: Bucket, format: ValueFormat, valueLabel: string): ChartTable {
  return {
    columns: [bucketNames[bucket], valueLabel],
    rows: data.map((point) => ({ key: point.bucket, cells: [formatBucket(point.bucket, bucket, true), formatValue(point.value, format)] })),
  };
}

/** One row per bucket, one column per series (stacked bars). */
export function stackedTable(data: StackedSeries, bucket: Bucket, format: ValueFormat): ChartTable {
  return {
    columns: [bucketNames[bucket], ...data.keys],
    rows: data.rows.map((row) => ({ key: row.bucket, cells: [formatBucket(row.bucket, bucket, true), ...data.keys.map((key) => formatValue(row.values[key], format))] })),
  };
}
