// What every chart of the kit draws the same way: theme colours from CSS variables, quiet axes,
// a tooltip that looks like the rest of the console.
import type { CSSProperties } from "react";

const PALETTE_SIZE = 5;

/** The n-th series colour: var(--chart-1) … var(--chart-5), then round again. */
export function chartColor(index: number): string {
  return `var(--chart-${(index % PALETTE_SIZE) + 1})`;
}

export const CHART_HEIGHT = 256;

export const axisProps = {
  stroke: "var(--border)",
  tick: { fill: "var(--muted-foreground)", fontSize: 12 },
  tickLine: false,
} as const;

export const gridProps = { stroke: "var(--border)", strokeDasharray: "3 3" } as const;

export const tooltipStyle: CSSProperties = {
  background: "var(--popover)",
  color: "var(--popover-foreground)",
  border: "1px solid var(--border)",
  borderRadius: "var(--radius)",
  fontSize: 12,
};
