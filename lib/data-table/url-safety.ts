// What a value from the URL must be before it may reach PostgreSQL as a parameter. The grid
// parsers drop anything else (the grid shows its default state), so garbage never becomes a
// database error: PostgreSQL refuses NUL in text, years past its timestamp range, zone offsets
// past ±15:59, and ids that are not of the id column's type.
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { isSafeText } from "@/lib/safe-text";

export { isSafeText };

/** Calendar days the grids filter on: years 1900–2999 (the day after is still a four-digit year). */
export function isSafeDay(day: string): boolean {
  const year = Number(day.slice(0, 4));
  return year >= 1900 && year <= 2999;
}

const int4Max = 2_147_483_647;

/** A number-filter bound that fits every integer column (int4, the narrowest). */
export function isSafeBound(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= int4Max;
}

/** A cursor's time: a year PostgreSQL and JavaScript agree on, and a real zone offset. */
export function isSafeCursorTime(time: string): boolean {
  const year = Number(time.slice(0, 4));
  const offset = /([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?$/.exec(time.slice(19));
  if (year < 1900 || year > 2999) return false;
  return !offset || (Number(offset[2]) <= 15 && Number(offset[3] ?? 0) < 60 && Number(offset[4] ?? 0) < 60);
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => uuid.test(value);

/** Whether PostgreSQL can read `id` as a value of the id column's type. */
export function idFitsColumn(column: AnyPgColumn, id: string): boolean {
  if (!isSafeText(id)) return false;
  if (column.columnType === "PgUUID") return isUuid(id);
  if (column.dataType === "number" || column.dataType === "bigint") {
    return /^-?\d{1,18}$/.test(id) && (column.columnType !== "PgInteger" || Math.abs(Number(id)) <= int4Max);
  }
  return true;
}
