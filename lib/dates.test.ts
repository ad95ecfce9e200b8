import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isIsoDay, parseIsoDay, startOfBucket } from "./dates";

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

describe("addDays and daysBetween", () => {
  it("step over month and leap-year ends in UTC", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2024-03-01", "2024-02-28")).toBe(-2);
    expect(isIsoDay("2024-02-30")).toBe(false);
  });
});
