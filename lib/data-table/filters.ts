// Filter values and their URL form, one nuqs parser per filter kind. Anything malformed parses
// to null, which nuqs turns into "no filter": bad URLs reset silently instead of failing.
import { createParser } from "nuqs/server";
import { isIsoDay, type DateRange } from "@/lib/dates";
import type { FilterSpec } from "./spec";
import { isSafeBound, isSafeDay, isSafeText, isUuid } from "./url-safety";

export type NumberRange = { min: number | null; max: number | null };
/** A date filter may leave either end open. */
export type DateFilterValue = DateRange<string | null>;
export type FilterValue = string | string[] | DateFilterValue | NumberRange;

/** Longest search or text filter accepted from the URL. */
export const maxTextLength = 200;
const rangeSeparator = "..";

function parseText(value: string): string | null {
  if (!isSafeText(value)) return null;
  const text = value.trim().slice(0, maxTextLength);
  return text === "" ? null : text;
}

function splitRange(value: string): [string, string] | null {
  const parts = value.split(rangeSeparator);
  return parts.length === 2 ? [parts[0], parts[1]] : null;
}

const textParser = createParser<string>({ parse: parseText, serialize: (v) => v });

function enumParser(isAllowed: (value: string) => boolean) {
  return createParser<string[]>({
    parse(value) {
      const picked = [...new Set(value.split(","))].filter(isAllowed);
      return picked.length > 0 ? picked : null;
    },
    serialize: (values) => values.join(","),
    eq: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
  });
}

const dateRangeParser = createParser<DateFilterValue>({
  parse(value) {
    const parts = splitRange(value);
    if (!parts) return null;
    const [from, to] = parts.map((p) => (p === "" ? null : p));
    if ((from && !isIsoDay(from)) || (to && !isIsoDay(to)) || (!from && !to)) return null;
    if ((from && !isSafeDay(from)) || (to && !isSafeDay(to))) return null;
    if (from && to && from > to) return null;
    return { from, to };
  },
  serialize: (range) => `${range.from ?? ""}${rangeSeparator}${range.to ?? ""}`,
  eq: (a, b) => a.from === b.from && a.to === b.to,
});

function parseBound(value: string): number | null | undefined {
  if (value === "") return null;
  const number = Number(value);
  return /^-?\d+(\.\d+)?$/.test(value) && isSafeBound(number) ? number : undefined;
}

const numberRangeParser = createParser<NumberRange>({
  parse(value) {
    const parts = splitRange(value);
    if (!parts) return null;
    const [min, max] = parts.map(parseBound);
    if (min === undefined || max === undefined || (min === null && max === null)) return null;
    if (min !== null && max !== null && min > max) return null;
    return { min, max };
  },
  serialize: (range) => `${range.min ?? ""}${rangeSeparator}${range.max ?? ""}`,
  eq: (a, b) => a.min === b.min && a.max === b.max,
});

/** The URL parser of one declared filter. */
export function filterParser(filter: FilterSpec) {
  switch (filter.kind) {
    case "text":
      return textParser;
    case "enum":
      return enumParser(filter.rowIds ? isUuid : (v) => filter.options.some((o) => o.value === v));
    case "date":
      return dateRangeParser;
    case "number":
      return numberRangeParser;
  }
}

/** The search box's parser: trimmed, capped, empty means no search. */
export const searchParser = textParser;
