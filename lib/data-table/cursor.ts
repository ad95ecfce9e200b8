// Keyset cursors: the (time, id) of a boundary row plus which way to read from it, as opaque
// base64url. The time is PostgreSQL's own text of the value (microseconds intact), never a JS Date.
import { createParser } from "nuqs/server";
import { isSafeCursorTime, isSafeText } from "./url-safety";

export type Cursor = {
  time: string;
  id: string;
  /** "next": rows after this one in the sort order; "prev": rows before it. */
  direction: "next" | "prev";
  /** The sort direction the cursor was made for; a cursor for the other order is ignored. */
  desc: boolean;
};

// PostgreSQL's ISO output of timestamp / timestamptz, e.g. "2025-01-31 23:59:59.123456+00".
const timestampText = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?([+-]\d{2}(:?\d{2}){0,2})?$/;

export function isTimestampText(value: string): boolean {
  const match = timestampText.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day &&
    hour < 24 && minute < 60 && second < 60
  );
}

function toBase64Url(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join("");
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeCursor(cursor: Cursor): string {
  return toBase64Url(JSON.stringify([cursor.time, cursor.id, cursor.direction === "next" ? "n" : "p", cursor.desc ? 1 : 0]));
}

/** The cursor, or null for anything that is not one we made (never throws). */
export function decodeCursor(value: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(value)) return null;
  try {
    const parsed: unknown = JSON.parse(fromBase64Url(value));
    if (!Array.isArray(parsed) || parsed.length !== 4) return null;
    const [time, id, direction, desc] = parsed;
    if (typeof time !== "string" || !isTimestampText(time) || !isSafeCursorTime(time)) return null;
    if (typeof id !== "string" || id === "" || id.length > 200 || !isSafeText(id)) return null;
    if ((direction !== "n" && direction !== "p") || (desc !== 0 && desc !== 1)) return null;
    return { time, id, direction: direction === "n" ? "next" : "prev", desc: desc === 1 };
  } catch {
    return null;
  }
}

export const cursorParser = createParser<Cursor>({
  parse: decodeCursor,
  serialize: encodeCursor,
  eq: (a, b) => encodeCursor(a) === encodeCursor(b),
});
