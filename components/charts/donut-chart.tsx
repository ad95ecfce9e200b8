"use client";

import { Legend, Pie, PieChart, Tooltip } from "recharts";
import { formatValue, type ValueFormat } from "@/lib/format";
import type { CategoryTotal } from "@/lib/charts/series";
import { shareTable } from "@/lib/charts/tables";
import { ChartFrame, type ChartFrameProps } from "./chart-frame";
import { CHART_HEIGHT, chartColor, tooltipStyle } from "./chart-style";

type Props = ChartFrameProps & {
  /** From `categoryTotals(...)`: a few parts of one whole (keep it to five or so, the rest as "Other"). */
  data: CategoryTotal[];
  format?: ValueFormat;
  categoryLabel?: string;
  valueLabel?: string;
};

const percent = (value: number, total: number) => formatValue(total === 0 ? 0 : value / total, "percent");

/** Shares of a whole; the table adds each part's percentage. */
export function DonutChart({ data, format = "count", categoryLabel = "Category", valueLabel = "Value", ...frame }: Props) {
  const total = data.reduce((sum, row) => sum + row.value, 0);
  const slices = data.map((row, i) => ({ ...row, fill: chartColor(i) }));
  return (
    <ChartFrame
      {...frame}
      isEmpty={total === 0}
      table={shareTable(data, format, categoryLabel, valueLabel)}
    >
      <PieChart responsive title={frame.title} style={{ width: "100%", height: CHART_HEIGHT }}>
        <Pie
          data={slices}
          dataKey="value"
          nameKey="label"
          innerRadius="60%"
          outerRadius="90%"
          paddingAngle={1}
          stroke="var(--card)"
          isAnimationActive={false}
        />
        <Tooltip
          contentStyle={tooltipStyle}
          formatter={(value) => `${formatValue(Number(value), format)} (${percent(Number(value), total)})`}
        />
        <Legend layout="vertical" align="right" verticalAlign="middle" wrapperStyle={{ fontSize: 12 }} />
      </PieChart>
    </ChartFrame>
  );
}
