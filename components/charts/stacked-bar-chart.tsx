"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { Bucket } from "@/lib/dates";
import { formatBucket, formatValue, type ValueFormat } from "@/lib/format";
import type { StackedSeries } from "@/lib/charts/series";
import { stackedTable } from "@/lib/charts/tables";
import { ChartFrame, type ChartFrameProps } from "./chart-frame";
import { axisProps, CHART_HEIGHT, chartColor, gridProps, tooltipStyle } from "./chart-style";

type Props = ChartFrameProps & {
  /** From `stackedSeries(...)`: every series has a value in every bucket. */
  data: StackedSeries;
  bucket: Bucket;
  format?: ValueFormat;
};

type Row = StackedSeries["rows"][number];

/** Buckets along the x axis, each bar split into its series (e.g. token spend per model per day). */
export function StackedBarChart({ data, bucket, format = "count", ...frame }: Props) {
  return (
    <ChartFrame
      {...frame}
      isEmpty={data.keys.length === 0}
      table={stackedTable(data, bucket, format)}
    >
      <BarChart responsive data={data.rows} title={frame.title} style={{ width: "100%", height: CHART_HEIGHT }}>
        <CartesianGrid {...gridProps} vertical={false} />
        <XAxis {...axisProps} dataKey="bucket" tickFormatter={(value: string) => formatBucket(value, bucket)} minTickGap={16} />
        <YAxis {...axisProps} width="auto" tickFormatter={(value: number) => formatValue(value, format, true)} />
        <Tooltip
          contentStyle={tooltipStyle}
          cursor={{ fill: "var(--muted)" }}
          labelFormatter={(label) => formatBucket(String(label), bucket, true)}
          formatter={(value) => formatValue(Number(value), format)}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {data.keys.map((key, i) => (
          // A function data key: series names come from the data and may be anything, even "bucket".
          <Bar key={key} dataKey={(row: Row) => row.values[key]} name={key} stackId="total" fill={chartColor(i)} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
