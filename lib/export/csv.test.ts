import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv";

describe("csv", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [" padded", '" padded"'],
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@cmd", "'@cmd"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
  ])("writes %j as %s", (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it("writes numbers, dates and empty values as such", () => {
    expect(csvLine([-2, new Date("2025-01-02T03:04:05Z"), null, undefined, true])).toBe("-2,2025-01-02T03:04:05.000Z,,,true\r\n");
  });
});
