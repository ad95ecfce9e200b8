// Calendar days as the console passes them around: ISO strings (YYYY-MM-DD), always UTC, so the
// server, the browser and PostgreSQL agree on which day an instant falls on.

/** Inclusive UTC calendar days. A grid's date filter may leave either end open: `DateRange<string | null>`. */
export type DateRange<Day extends string | null = string> = { from: Day; to: Day };

/** Chart buckets, named as PostgreSQL's date_trunc names them. */
export type Bucket = "day" | "week" | "month";

const DAY_MS = 86_400_000;

export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A real calendar date written as YYYY-MM-DD (so 2025-02-30 is rejected), else null. */
export function parseIsoDay(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) || toIsoDay(new Date(time)) !== value ? null : value;
}

export function isIsoDay(value: string): boolean {
  return parseIsoDay(value) !== null;
}

export function addDays(isoDay: string, days: number): string {
  return toIsoDay(new Date(Date.parse(isoDay) + days * DAY_MS));
}

/** Whole days from `from` to `to` (0 for the same day, negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** The instant a UTC day starts, spelled with its zone so timestamptz and timestamp both read it right. */
export function utcMidnight(isoDay: string): string {
  return `${isoDay}T00:00:00Z`;
}

/** The first day of the bucket holding `isoDay`, the way PostgreSQL's date_trunc counts (weeks start Monday). */
export function startOfBucket(isoDay: string, bucket: Bucket): string {
  const date = new Date(Date.parse(isoDay));
  if (bucket === "month") return toIsoDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)));
  if (bucket === "week") return addDays(isoDay, -((date.getUTCDay() + 6) % 7));
  return isoDay;
}
