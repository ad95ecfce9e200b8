"use client";

import { Area, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import type { Bucket } from "@/lib/dates";
import { formatBucket, formatValue, type ValueFormat } from "@/lib/format";
import type { SeriesPoint } from "@/lib/charts/series";
import { seriesTable } from "@/lib/charts/tables";
import { ChartFrame, type ChartFrameProps } from "./chart-frame";
import { axisProps, CHART_HEIGHT, chartColor, gridProps, tooltipStyle } from "./chart-style";

type Props = ChartFrameProps & {
  /** From `timeSeries(...)`: one point per bucket, gaps already filled with 0. */
  data: SeriesPoint[];
  bucket: Bucket;
  format?: ValueFormat;
  variant?: "line" | "area";
  /** What a value is, e.g. "Sign-ups"; heads the table column and names the tooltip line. */
  valueLabel?: string;
};

export function TimeSeriesChart({ data, bucket, format = "count", variant = "area", valueLabel = "Value", ...frame }: Props) {
  const color = chartColor(0);
  const series = { dataKey: "value", name: valueLabel, stroke: color, strokeWidth: 2, dot: false, isAnimationActive: false };
  return (
    <ChartFrame
      {...frame}
      isEmpty={data.every((point) => point.value === 0)}
      table={seriesTable(data, bucket, format, valueLabel)}
    >
      <ComposedChart responsive data={data} title={frame.title} style={{ width: "100%", height: CHART_HEIGHT }}>
        <CartesianGrid {...gridProps} vertical={false} />
        <XAxis {...axisProps} dataKey="bucket" tickFormatter={(value: string) => formatBucket(value, bucket)} minTickGap={16} />
        <YAxis {...axisProps} width="auto" tickFormatter={(value: number) => formatValue(value, format, true)} />
        <Tooltip
          contentStyle={tooltipStyle}
          labelFormatter={(label) => formatBucket(String(label), bucket, true)}
          formatter={(value) => formatValue(Number(value), format)}
        />
        {variant === "area" ? <Area {...series} type="monotone" fill={color} fillOpacity={0.15} /> : <Line {...series} type="monotone" />}
      </ComposedChart>
    </ChartFrame>
  );
}
