import { describe, expect, it } from "vitest";
import { formatMicrocents } from "./money";

describe("formatMicrocents", () => {
  it("shows nothing spent as $0.00 and a sliver as < $0.0001, never a misleading zero", () => {
    expect(formatMicrocents(0)).toBe("$0.00");
    expect(formatMicrocents(1)).toBe("< $0.0001");
    expect(formatMicrocents(9_999)).toBe("< $0.0001");
  });

  it("keeps up to four decimals below $100 (sub-cent token costs) and rounds half up", () => {
    expect(formatMicrocents(10_000)).toBe("$0.0001");
    expect(formatMicrocents(15_000)).toBe("$0.0002");
    expect(formatMicrocents(1_234_567)).toBe("$0.0123");
    expect(formatMicrocents(100_000_000)).toBe("$1.00");
    expect(formatMicrocents(9_999_999_999)).toBe("$100.00");
    expect(formatMicrocents(9_999_990_000)).toBe("$99.9999");
  });

  it("shows cents only from $100 on", () => {
    expect(formatMicrocents(10_000_000_000)).toBe("$100.00");
    expect(formatMicrocents(123_456_789_012)).toBe("$1,234.57");
  });

  it("is exact past JavaScript's safe integers, from PostgreSQL's numeric text or a bigint", () => {
    expect(formatMicrocents("9223372036854775807")).toBe("$92,233,720,368.55");
    expect(formatMicrocents(9_007_199_254_740_993n)).toBe("$90,071,992.55");
    expect(formatMicrocents(Number.MAX_SAFE_INTEGER)).toBe("$90,071,992.55");
  });

  it("refuses what is not an integer amount instead of guessing", () => {
    expect(() => formatMicrocents(1.5)).toThrow(RangeError);
    expect(() => formatMicrocents("12.5")).toThrow(RangeError);
    expect(() => formatMicrocents(2 ** 60)).toThrow(RangeError);
  });
});
