// The one formatting module: dates, money and numbers, for server and client components alike.
// A fixed locale and UTC keep the server render and the browser's hydration equal. Charts take a
// format by name (ValueFormat), so a server page can pass one to a client chart.
import type { Bucket } from "./dates";

const LOCALE = "en-US";
const CURRENCY = "USD";

// --- Dates ---------------------------------------------------------------------------------------

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "3 Mar 2025, 14:05 UTC"; "—" for no value. */
export function formatDateTime(value: Date | string | null | undefined): string {
  return value ? `${dateTime.format(new Date(value))} UTC` : "—";
}

/** "3 Mar 2025"; "—" for no value. */
export function formatDate(value: Date | string | null | undefined): string {
  return value ? date.format(new Date(value)) : "—";
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

// --- Money (integers: cents, and microcents = 10⁻⁶ cent) -----------------------------------------

/** Two decimals; up to four for an amount below a cent (an AI request's cost). */
const money = new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY });
const subCentMoney = new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY, minimumFractionDigits: 2, maximumFractionDigits: 4 });
const compactMoney = new Intl.NumberFormat(LOCALE, { style: "currency", currency: CURRENCY, notation: "compact", maximumFractionDigits: 1 });

/** An integer amount: a number, a bigint, or the numeric text PostgreSQL returns for sum(bigint). */
export type IntegerAmount = number | bigint | string;

function toBigInt(amount: IntegerAmount): bigint {
  if (typeof amount === "bigint") return amount;
  if (typeof amount === "number" ? !Number.isSafeInteger(amount) : !/^-?\d+$/.test(amount)) {
    throw new RangeError(`Money must be an integer amount, got ${String(amount)}`);
  }
  return BigInt(amount);
}

/** An integer amount of `1 / 10^digits` dollars as an exact decimal string (Intl formats strings without rounding through a float). */
function exactDollars(units: bigint, digits: number): string {
  const negative = units < 0n;
  const abs = (negative ? -units : units).toString().padStart(digits + 1, "0");
  return `${negative ? "-" : ""}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/** Integer cents → "$1,234.50". */
export function formatCents(cents: IntegerAmount): string {
  return money.format(exactDollars(toBigInt(cents), 2) as Intl.StringNumericLiteral);
}

const MICROCENTS_PER_CENT = 1_000_000n;
/** Below this (a hundredth of a cent), a non-zero amount reads "< $0.0001" rather than a misleading "$0.00". */
const SMALLEST_SHOWN = 10_000n;

/** Integer microcents (10⁻⁶ cent) → "$1.51"; below a cent "$0.0025", or "< $0.0001"; exact at any size. */
export function formatMicrocents(microcents: IntegerAmount): string {
  const units = toBigInt(microcents);
  const magnitude = units < 0n ? -units : units;
  if (magnitude > 0n && magnitude < SMALLEST_SHOWN) return units < 0n ? "> -$0.0001" : "< $0.0001";
  const format = magnitude < MICROCENTS_PER_CENT ? subCentMoney : money;
  return format.format(exactDollars(units, 8) as Intl.StringNumericLiteral);
}

// --- Numbers -------------------------------------------------------------------------------------

const count = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const compactCount = new Intl.NumberFormat(LOCALE, { notation: "compact", maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 1 });
const compactPercent = new Intl.NumberFormat(LOCALE, { style: "percent", maximumFractionDigits: 0 });

/** "1,234,567" (up to two decimals). */
export function formatNumber(value: number): string {
  return count.format(value);
}

/** A length of time: "45 s", "12 min", "3.5 h"; "—" for none. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

/** A fraction as a percentage: 0.256 → "25.6%". */
export function formatPercent(fraction: number): string {
  return percent.format(fraction);
}

/** count: plain numbers · cents / microcents: integer money in USD · percent: a fraction (0.25 → 25%). */
export type ValueFormat = "count" | "cents" | "microcents" | "percent";

const full: Record<ValueFormat, (value: number) => string> = {
  count: formatNumber,
  // Chart values are sums and averages: round to whole units before the exact formatting.
  cents: (value) => formatCents(Math.round(value)),
  microcents: (value) => formatMicrocents(Math.round(value)),
  percent: formatPercent,
};

const compact: Record<ValueFormat, (value: number) => string> = {
  count: (value) => compactCount.format(value),
  cents: (value) => compactMoney.format(value / 100),
  microcents: (value) => compactMoney.format(value / 100_000_000),
  percent: (value) => compactPercent.format(value),
};

/** Full precision for tooltips and tables; `compact` (1.2K, $3.4M) for axis ticks. */
export function formatValue(value: number, format: ValueFormat, isCompact = false): string {
  return (isCompact ? compact : full)[format](value);
}
