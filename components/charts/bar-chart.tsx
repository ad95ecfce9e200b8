"use client";

import { Bar, BarChart as RechartsBarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatValue, type ValueFormat } from "@/lib/format";
import type { CategoryTotal } from "@/lib/charts/series";
import { categoryTable } from "@/lib/charts/tables";
import { ChartFrame, type ChartFrameProps } from "./chart-frame";
import { axisProps, chartColor, gridProps, tooltipStyle } from "./chart-style";

type Props = ChartFrameProps & {
  /** From `categoryTotals(...)` or any query giving one value per category, in display order. */
  data: CategoryTotal[];
  format?: ValueFormat;
  /** Heads the table's columns, e.g. "Model" and "Tokens". */
  categoryLabel?: string;
  valueLabel?: string;
};

const ROW_HEIGHT = 32;

/** Horizontal bars, one per category, so long category names stay readable. */
export function BarChart({ data, format = "count", categoryLabel = "Category", valueLabel = "Value", ...frame }: Props) {
  return (
    <ChartFrame
      {...frame}
      isEmpty={data.every((row) => row.value === 0)}
      table={categoryTable(data, format, categoryLabel, valueLabel)}
    >
      <RechartsBarChart
        responsive
        layout="vertical"
        data={data}
        title={frame.title}
        style={{ width: "100%", height: data.length * ROW_HEIGHT + 40 }}
      >
        <CartesianGrid {...gridProps} horizontal={false} />
        <XAxis {...axisProps} type="number" tickFormatter={(value: number) => formatValue(value, format, true)} />
        <YAxis {...axisProps} type="category" dataKey="label" width="auto" />
        <Tooltip
          contentStyle={tooltipStyle}
          cursor={{ fill: "var(--muted)" }}
          formatter={(value) => formatValue(Number(value), format)}
        />
        <Bar dataKey="value" name={valueLabel} fill={chartColor(0)} radius={[0, 4, 4, 0]} isAnimationActive={false} />
      </RechartsBarChart>
    </ChartFrame>
  );
}
