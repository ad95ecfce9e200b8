// Server render of each chart (recharts draws only in the browser, the frame renders everywhere):
// proves the frame names the chart by its title and shows the empty state when nothing happened.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "./bar-chart";
import { DonutChart } from "./donut-chart";
import { StackedBarChart } from "./stacked-bar-chart";
import { TimeSeriesChart } from "./time-series-chart";

const days = [
  { bucket: "2025-03-03", value: 2 },
  { bucket: "2025-03-04", value: 0 },
];

describe("chart frame", () => {
  it.each([
    ["TimeSeriesChart", <TimeSeriesChart key="t" title="Sign-ups" bucket="day" data={days} />],
    ["BarChart", <BarChart key="b" title="Sign-ups" data={[{ label: "eu", value: 3 }]} format="cents" />],
    ["DonutChart", <DonutChart key="d" title="Sign-ups" data={[{ label: "eu", value: 3 }]} />],
    [
      "StackedBarChart",
      <StackedBarChart key="s" title="Sign-ups" bucket="week" data={{ keys: ["eu"], rows: [{ bucket: "2025-03-03", values: { eu: 1 } }] }} />,
    ],
  ])("%s is a group named by its title heading, with a Chart/Table switch", (_, chart) => {
    const html = renderToString(chart);
    const titleId = /<h2 id="([^"]+)">Sign-ups<\/h2>/.exec(html)?.[1];
    expect(titleId).toBeDefined();
    expect(html).toContain(`role="group" aria-labelledby="${titleId}"`);
    expect(html).toContain('aria-label="Sign-ups: view as"');
  });

  it("shows the empty state instead of a chart of zeros", () => {
    const html = renderToString(
      <TimeSeriesChart title="Sign-ups" bucket="day" data={days.map((d) => ({ ...d, value: 0 }))} emptyMessage="No sign-ups yet." />,
    );
    expect(html).toContain("No sign-ups yet.");
    expect(html).not.toContain('role="tablist"');
  });
});
