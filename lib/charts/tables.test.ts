// The numbers each chart kind shows in its table view: the values it draws, formatted as read.
import { describe, expect, it } from "vitest";
import { categoryTable, seriesTable, shareTable, stackedTable } from "./tables";

const cells = (table: { rows: { cells: string[] }[] }) => table.rows.map((row) => row.cells);

describe("chart tables", () => {
  it("lists a bar chart's categories with their values in the chart's format", () => {
    const table = categoryTable([{ label: "gpt-4o", value: 1_250_000_000 }, { label: "claude", value: 250_000 }], "microcents", "Model", "Cost");
    expect(table.columns).toEqual(["Model", "Cost"]);
    expect(cells(table)).toEqual([["gpt-4o", "$12.50"], ["claude", "$0.0025"]]);
  });

  it("gives each donut part its value and its share of the whole", () => {
    const table = shareTable([{ label: "Completed", value: 3 }, { label: "In progress", value: 1 }], "count", "Status", "Lessons");
    expect(cells(table)).toEqual([["Completed", "3", "75%"], ["In progress", "1", "25%"]]);
    expect(cells(shareTable([{ label: "None", value: 0 }], "count", "Status", "Lessons"))).toEqual([["None", "0", "0%"]]);
  });

  it("labels a time series by its buckets, gaps included", () => {
    const table = seriesTable([{ bucket: "2025-03-03", value: 2 }, { bucket: "2025-03-10", value: 0 }], "week", "count", "Sign-ups");
    expect(table.columns).toEqual(["Week", "Sign-ups"]);
    expect(cells(table)).toEqual([["Week of Mar 3, 2025", "2"], ["Week of Mar 10, 2025", "0"]]);
  });

  it("gives a stacked bar one column per series, every bucket filled", () => {
    const table = stackedTable({ keys: ["Pro", "Team"], rows: [{ bucket: "2025-03-03", values: { Pro: 1500, Team: 0 } }] }, "day", "cents");
    expect(table.columns).toEqual(["Day", "Pro", "Team"]);
    expect(cells(table)).toEqual([["Mar 3, 2025", "$15.00", "$0.00"]]);
  });
});
