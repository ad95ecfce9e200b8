// Number and date labels for charts. Formats are names, not functions, so a server page can pass
// one to a client chart. A fixed locale keeps the server render and the browser's hydration equal.
import type { Bucket } from "./date-range";

/** count: plain numbers · cents / microcents: integer money in USD · percent: a fraction (0.25 → 25%). */
export type ValueFormat = "count" | "cents" | "microcents" | "percent";

const LOCALE = "en-US";
const CURRENCY = "USD";

const formatters: Record<ValueFormat, { full: Intl.NumberFormat; compact: Intl.NumberFormat; scale: number }> = {
  count: {
    full: new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }),
    compact: new Intl.NumberFormat(LOCALE, { notation: "compact", maximumFractionDigits: 1 }),
    scale: 1,
  },
  cents: {
    full: new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY }),
    compact: new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY, notation: "compact", maximumFractionDigits: 1 }),
    scale: 100,
  },
  microcents: {
    full: new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY }),
    compact: new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY, notation: "compact", maximumFractionDigits: 1 }),
    scale: 100_000_000,
  },
  percent: {
    full: new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 1 }),
    compact: new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 0 }),
    scale: 1,
  },
};

// Token costs are often fractions of a cent: those keep two significant digits ($0.0025).
const subCent = new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY, maximumSignificantDigits: 2 });
const isMoney = (format: ValueFormat) => format === "cents" || format === "microcents";

/**
 * Full precision for tooltips, tables and figures — money always with two decimals ($27.10), more
 * only below a cent; `compact` (1.2K, $3.4M) for axis ticks, where money under $1,000 stays full.
 */
export function formatValue(value: number, format: ValueFormat, compact = false): string {
  const { full, compact: short, scale } = formatters[format];
  const scaled = value / scale;
  if (isMoney(format) && scaled !== 0 && Math.abs(scaled) < 0.01) return subCent.format(scaled);
  const useCompact = compact && !(isMoney(format) && Math.abs(scaled) < 1000);
  return (useCompact ? short : full).format(scaled);
}

/** The name of one bucket, e.g. a table column heading. */
export const bucketNames: Record<Bucket, string> = { day: "Day", week: "Week", month: "Month" };

const utc = { timeZone: "UTC" } as const;
const dayMonth = new Intl.DateTimeFormat(LOCALE, { ...utc, month: "short", day: "numeric" });
const dayMonthYear = new Intl.DateTimeFormat(LOCALE, { ...utc, month: "short", day: "numeric", year: "numeric" });
const bucketFormats: Record<Bucket, { short: Intl.DateTimeFormat; long: Intl.DateTimeFormat }> = {
  day: { short: dayMonth, long: dayMonthYear },
  week: { short: dayMonth, long: dayMonthYear },
  month: {
    short: new Intl.DateTimeFormat(LOCALE, { ...utc, month: "short", year: "numeric" }),
    long: new Intl.DateTimeFormat(LOCALE, { ...utc, month: "long", year: "numeric" }),
  },
};

/** Axis ticks: "Mar 3" (day, week), "Mar 2025" (month). Long, for tooltips and tables: "Mar 3, 2025", "Week of Mar 3, 2025", "March 2025". */
export function formatBucket(isoDay: string, bucket: Bucket, long = false): string {
  const label = bucketFormats[bucket][long ? "long" : "short"].format(new Date(`${isoDay}T00:00:00Z`));
  return long && bucket === "week" ? `Week of ${label}` : label;
}
