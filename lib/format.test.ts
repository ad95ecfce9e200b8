import { describe, expect, it } from "vitest";
import { formatBucket, formatCents, formatDate, formatDateTime, formatDuration, formatMicrocents, formatNumber, formatValue } from "./format";

describe("formatValue", () => {
  it("formats counts, money held in cents or microcents, and fractions as percent", () => {
    expect(formatValue(1234567, "count")).toBe("1,234,567");
    expect(formatValue(1234567, "count", true)).toBe("1.2M");
    expect(formatValue(123456, "cents")).toBe("$1,234.56");
    expect(formatValue(123456, "cents", true)).toBe("$1.2K");
    expect(formatValue(250_000, "microcents")).toBe("$0.0025");
    expect(formatValue(150_000_000, "microcents")).toBe("$1.50");
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

describe("money", () => {
  it("always shows two decimals for cents", () => {
    expect(formatCents(0)).toBe("$0.00");
    expect(formatCents(5)).toBe("$0.05");
    expect(formatCents(123450)).toBe("$1,234.50");
    expect(formatCents(-199)).toBe("-$1.99");
  });

  it("shows microcents with two decimals, up to four below a cent, and a sliver as < $0.0001", () => {
    expect(formatMicrocents(0)).toBe("$0.00");
    expect(formatMicrocents(100_000_000)).toBe("$1.00");
    expect(formatMicrocents(150_500_000)).toBe("$1.51");
    expect(formatMicrocents(2_710_000_000)).toBe("$27.10");
    expect(formatMicrocents(999_999)).toBe("$0.01");
    expect(formatMicrocents(250_000)).toBe("$0.0025");
    expect(formatMicrocents(15_000)).toBe("$0.0002");
    expect(formatMicrocents(10_000)).toBe("$0.0001");
    expect(formatMicrocents(9_999)).toBe("< $0.0001");
    expect(formatMicrocents(1)).toBe("< $0.0001");
  });

  it("reads PostgreSQL's numeric text for sums and refuses what is not an integer amount", () => {
    expect(formatMicrocents("9223372036854775807")).toBe("$92,233,720,368.55");
    expect(formatCents("-199")).toBe("-$1.99");
    expect(() => formatMicrocents(1.5)).toThrow(RangeError);
    expect(() => formatMicrocents("12.5")).toThrow(RangeError);
    expect(() => formatCents(2 ** 60)).toThrow(RangeError);
  });

  it("is exact beyond a float's integer precision (bigint sums)", () => {
    expect(formatCents(9_007_199_254_740_993n)).toBe("$90,071,992,547,409.93");
    expect(formatMicrocents(900_719_925_474_099_301n)).toBe("$9,007,199,254.74");
  });
});

describe("numbers and dates", () => {
  it("groups thousands and prints UTC dates with a dash for none", () => {
    expect(formatNumber(1234567.891)).toBe("1,234,567.89");
    expect(formatDate("2025-03-03T23:30:00Z")).toBe("3 Mar 2025");
    expect(formatDateTime("2025-03-03T23:30:00Z")).toBe("3 Mar 2025, 23:30 UTC");
    expect(formatDate(null)).toBe("—");
  });
});

describe("formatDuration", () => {
  it("shows seconds, then minutes, then hours, and a dash for none", () => {
    expect(formatDuration(45.4)).toBe("45 s");
    expect(formatDuration(30 * 60)).toBe("30 min");
    expect(formatDuration(3.5 * 3600)).toBe("3.5 h");
    expect(formatDuration(null)).toBe("—");
  });
});
