// The date range a chart covers, kept in the URL (`?range=30d` or `?from=2025-01-01&to=2025-03-31`).
// One set of nuqs parsers serves the server (loadDateRange in a page) and the client (DateRangePicker).
// Days are UTC calendar days; `from` and `to` are both inclusive.
import { createLoader, createParser, parseAsStringLiteral, type LoaderInput } from "nuqs/server";

export const datePresets = ["7d", "30d", "90d", "12w"] as const;
export type DatePreset = (typeof datePresets)[number];
export type Bucket = "day" | "week" | "month";

export const presetLabels: Record<DatePreset, string> = {
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "12w": "Last 12 weeks",
};

/** A resolved range: ISO dates (YYYY-MM-DD), plus the preset it came from (null when custom). */
export type DateRange = { from: string; to: string; preset: DatePreset | null };

const DAY_MS = 86_400_000;
/** Longer custom ranges are treated as malformed: they would only produce unreadable charts. */
const MAX_CUSTOM_DAYS = 5 * 366;

export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(isoDay: string, days: number): string {
  return toIsoDay(new Date(Date.parse(isoDay) + days * DAY_MS));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** A real calendar date written as YYYY-MM-DD (so 2025-02-30 is rejected), else null. */
export function parseIsoDay(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) || toIsoDay(new Date(time)) !== value ? null : value;
}

/** The first day of the bucket holding `isoDay`, the way PostgreSQL's date_trunc counts (weeks start Monday). */
export function startOfBucket(isoDay: string, bucket: Bucket): string {
  const date = new Date(Date.parse(isoDay));
  if (bucket === "month") return toIsoDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)));
  if (bucket === "week") return addDays(isoDay, -((date.getUTCDay() + 6) % 7));
  return isoDay;
}

export function presetRange(preset: DatePreset, today: Date = new Date()): DateRange {
  const to = toIsoDay(today);
  const from =
    preset === "12w" ? addDays(startOfBucket(to, "week"), -11 * 7) : addDays(to, -(Number.parseInt(preset) - 1));
  return { from, to, preset };
}

/** Day buckets up to about two months, weeks up to about half a year, months beyond. */
export function suggestBucket(range: Pick<DateRange, "from" | "to">): Bucket {
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
export function resolveDateRange(values: DateRangeUrlValues, today: Date = new Date()): DateRange {
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
): Promise<DateRange> {
  const load = createLoader(dateRangeParsers(defaultPreset));
  return resolveDateRange(load(await searchParams), today);
}
