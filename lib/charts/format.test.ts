import { describe, expect, it } from "vitest";
import { formatBucket, formatValue } from "./format";

describe("formatValue", () => {
  it("formats counts, money held in cents or microcents, and fractions as percent", () => {
    expect(formatValue(1234567, "count")).toBe("1,234,567");
    expect(formatValue(1234567, "count", true)).toBe("1.2M");
    expect(formatValue(123456, "cents")).toBe("$1,234.56");
    expect(formatValue(123456, "cents", true)).toBe("$1.2K");
    expect(formatValue(250_000, "microcents")).toBe("$0.0025");
    expect(formatValue(2_710_000_000, "microcents")).toBe("$27.10");
    expect(formatValue(2_710_000_000, "microcents", true)).toBe("$27.10");
    expect(formatValue(4_200, "cents", true)).toBe("$42.00");
    expect(formatValue(0, "microcents")).toBe("$0.00");
    expect(formatValue(0.256, "percent")).toBe("25.6%");
    expect(formatValue(0.256, "percent", true)).toBe("26%");
  });
});

describe("formatBucket", () => {
  it("labels buckets in UTC, short on axes and long in tooltips and tables", () => {
    expect(formatBucket("2025-03-03", "day")).toBe("Mar 3");
    expect(formatBucket("2025-03-03", "day", true)).toBe("Mar 3, 2025");
    expect(formatBucket("2025-03-03", "week", true)).toBe("Week of Mar 3, 2025");
    expect(formatBucket("2025-03-01", "month")).toBe("Mar 2025");
    expect(formatBucket("2025-03-01", "month", true)).toBe("March 2025");
  });
});
