"use client";

import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import { axisProps, CHART_HEIGHT, chartColor, gridProps, tooltipStyle } from "@/components/charts/chart-style";
import type { BurnPoint } from "@/lib/ai/spend/queries";
import { formatBucket, formatValue } from "@/lib/format";

const count = (value: number | null) => (value === null ? "—" : formatValue(value, "count"));

/** Month-to-date cumulative tokens, the straight-line projection to month end, and the budget. */
export function BurnChart({ points, budget, title, description }: { points: BurnPoint[]; budget: number | null; title: string; description: string }) {
  return (
    <ChartFrame
      title={title}
      description={description}
      isEmpty={false}
      table={{
        columns: ["Day", "Tokens so far", "Projected", "Budget"],
        rows: points.map((point) => ({ key: point.day, cells: [formatBucket(point.day, "day", true), count(point.actual), count(point.projected), count(budget)] })),
      }}
    >
      <ComposedChart responsive data={points} title={title} style={{ width: "100%", height: CHART_HEIGHT }}>
        <CartesianGrid {...gridProps} vertical={false} />
        <XAxis {...axisProps} dataKey="day" tickFormatter={(value: string) => formatBucket(value, "day")} minTickGap={16} />
        <YAxis {...axisProps} width="auto" tickFormatter={(value: number) => formatValue(value, "count", true)} domain={[0, (max: number) => Math.max(max, budget ?? 0)]} />
        <Tooltip contentStyle={tooltipStyle} labelFormatter={(label) => formatBucket(String(label), "day", true)} formatter={(value) => count(Number(value))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line dataKey="actual" name="Tokens so far" stroke={chartColor(0)} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
        <Line dataKey="projected" name="Projected" stroke={chartColor(1)} strokeWidth={2} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
        {budget !== null && <ReferenceLine y={budget} stroke="var(--destructive)" strokeDasharray="3 3" label={{ value: "Budget", position: "insideTopLeft", fontSize: 12, fill: "var(--muted-foreground)" }} />}
      </ComposedChart>
    </ChartFrame>
  );
}
