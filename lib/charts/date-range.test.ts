import { describe, expect, it } from "vitest";
import { loadDateRange, parseIsoDay, presetRange, startOfBucket, suggestBucket } from "./date-range";

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

describe("parseIsoDay", () => {
  it("accepts real calendar dates only", () => {
    expect(parseIsoDay("2024-02-29")).toBe("2024-02-29");
    expect(parseIsoDay("2025-02-29")).toBeNull();
    expect(parseIsoDay("2025-3-1")).toBeNull();
    expect(parseIsoDay("2025-03-01T00:00:00Z")).toBeNull();
  });
});

describe("startOfBucket", () => {
  it("finds the Monday of a week and the first of a month, like date_trunc", () => {
    expect(startOfBucket("2025-03-12", "week")).toBe("2025-03-10");
    expect(startOfBucket("2025-03-09", "week")).toBe("2025-03-03"); // a Sunday
    expect(startOfBucket("2025-03-12", "month")).toBe("2025-03-01");
    expect(startOfBucket("2025-03-12", "day")).toBe("2025-03-12");
  });
});

describe("suggestBucket", () => {
  it("picks days, then weeks, then months as the range grows", () => {
    expect(suggestBucket({ from: "2025-01-01", to: "2025-01-31" })).toBe("day");
    expect(suggestBucket({ from: "2025-01-01", to: "2025-04-30" })).toBe("week");
    expect(suggestBucket({ from: "2024-01-01", to: "2025-01-01" })).toBe("month");
  });
});
