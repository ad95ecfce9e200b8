import { describe, expect, it } from "vitest";
import { loadDateRange, presetRange, suggestBucket } from "./date-range";

const today = new Date("2025-03-12T15:00:00Z"); // a Wednesday

describe("loadDateRange", () => {
  it("uses the chart's default preset when the URL names no range", async () => {
    expect(await loadDateRange({}, "30d", today)).toEqual({ from: "2025-02-11", to: "2025-03-12", preset: "30d" });
  });

  it("reads a preset, ending today inclusive", async () => {
    expect(await loadDateRange({ range: "7d" }, "30d", today)).toEqual({ from: "2025-03-06", to: "2025-03-12", preset: "7d" });
  });

  it("reads a custom from/to, which wins over a preset", async () => {
    const range = await loadDateRange(Promise.resolve({ range: "7d", from: "2025-01-01", to: "2025-01-31" }), "30d", today);
    expect(range).toEqual({ from: "2025-01-01", to: "2025-01-31", preset: null });
  });

  it.each([
    ["an unknown preset", { range: "13d" }],
    ["an impossible date", { from: "2025-02-30", to: "2025-03-01" }],
    ["a non-ISO date", { from: "03/01/2025", to: "2025-03-10" }],
    ["from after to", { from: "2025-03-10", to: "2025-03-01" }],
    ["only one end", { from: "2025-03-01" }],
    ["a range of many years", { from: "1990-01-01", to: "2025-01-01" }],
  ])("falls back to the default on %s", async (_, searchParams) => {
    expect(await loadDateRange(searchParams, "90d", today)).toEqual(presetRange("90d", today));
  });
});

describe("presetRange", () => {
  it("makes 12w exactly twelve whole weeks, Monday to today", () => {
    expect(presetRange("12w", today)).toEqual({ from: "2024-12-23", to: "2025-03-12", preset: "12w" });
  });
});

describe("suggestBucket", () => {
  it("picks days, then weeks, then months as the range grows", () => {
    expect(suggestBucket({ from: "2025-01-01", to: "2025-01-31" })).toBe("day");
    expect(suggestBucket({ from: "2025-01-01", to: "2025-04-30" })).toBe("week");
    expect(suggestBucket({ from: "2024-01-01", to: "2025-01-01" })).toBe("month");
  });
});
