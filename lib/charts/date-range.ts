// The date range a chart covers, kept in the URL (`?range=30d` or `?from=2025-01-01&to=2025-03-31`).
// One set of nuqs parsers serves the server (loadDateRange in a page) and the client (DateRangePicker).
// Days are UTC calendar days; `from` and `to` are both inclusive.
import { createLoader, createParser, parseAsStringLiteral, type LoaderInput } from "nuqs/server";
import { addDays, daysBetween, parseIsoDay, startOfBucket, toIsoDay, type Bucket, type DateRange } from "@/lib/dates";

export const datePresets = ["7d", "30d", "90d", "12w"] as const;
export type DatePreset = (typeof datePresets)[number];

export const presetLabels: Record<DatePreset, string> = {
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "12w": "Last 12 weeks",
};

/** A resolved range, plus the preset it came from (null when custom). */
export type ChartRange = DateRange & { preset: DatePreset | null };

/** Longer custom ranges are treated as malformed: they would only produce unreadable charts. */
const MAX_CUSTOM_DAYS = 5 * 366;

export function presetRange(preset: DatePreset, today: Date = new Date()): ChartRange {
  const to = toIsoDay(today);
  const from =
    preset === "12w" ? addDays(startOfBucket(to, "week"), -11 * 7) : addDays(to, -(Number.parseInt(preset) - 1));
  return { from, to, preset };
}

/** Day buckets up to about two months, weeks up to about half a year, months beyond. */
export function suggestBucket(range: DateRange): Bucket {
  const days = daysBetween(range.from, range.to) + 1;
  if (days <= 62) return "day";
  return days <= 186 ? "week" : "month";
}

const parseAsIsoDay = createParser<string>({ parse: parseIsoDay, serialize: (value) => value });

/** The URL keys of a date range; `defaultPreset` applies when the URL names no valid range. */
export function dateRangeParsers(defaultPreset: DatePreset) {
  return {
    range: parseAsStringLiteral(datePresets).withDefault(defaultPreset),
    from: parseAsIsoDay,
    to: parseAsIsoDay,
  };
}

export type DateRangeUrlValues = { range: DatePreset; from: string | null; to: string | null };

/** A valid custom from/to wins; otherwise the preset (which the parser already defaulted). */
export function resolveDateRange(values: DateRangeUrlValues, today: Date = new Date()): ChartRange {
  const { from, to } = values;
  if (from && to) {
    const days = daysBetween(from, to);
    if (days >= 0 && days < MAX_CUSTOM_DAYS) return { from, to, preset: null };
  }
  return presetRange(values.range, today);
}

/** Server side: `await loadDateRange(searchParams, "30d")` in a page. */
export async function loadDateRange(
  searchParams: LoaderInput | Promise<LoaderInput>,
  defaultPreset: DatePreset,
  today: Date = new Date(),
): Promise<ChartRange> {
  const load = createLoader(dateRangeParsers(defaultPreset));
  return resolveDateRange(load(await searchParams), today);
}
