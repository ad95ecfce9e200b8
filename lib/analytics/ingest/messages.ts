// Segment HTTP Tracking API messages → event rows. Every message of a batch is checked; one bad
// message rejects the whole batch (the caller gets each message's problems, nothing is written).
// Hand-written checks, not a schema library: this runs for every message ingested (the hot path).
import {
  messageTypes,
  pageEventName,
  screenEventName,
  type MessageType,
} from "@/lib/db/schema/analytics-values";

export const MAX_BATCH_BYTES = 500 * 1024;
export const MAX_BATCH_MESSAGES = 500;
/** Segment's own per-message limit. */
export const MAX_MESSAGE_BYTES = 32 * 1024;
/** A timestamp older than this (mobile SDKs queue offline) or further ahead is refused. */
export const MAX_PAST_MS = 30 * 24 * 3600_000;
export const MAX_FUTURE_MS = 3600_000;
const MAX_TEXT = 200;

/** What console_ingest() takes per message: messageId, name, anonymous id, properties, occurred at. */
export type EventRow = { m: string; n: string; a: string; p: Record<string, unknown>; t: string };

export type MessageError = { index: number; messageId?: string; errors: string[] };

export type ParsedBatch = { ok: true; rows: EventRow[]; ignored: number } | { ok: false; errors: MessageError[] };

/**
 * What the handler saw in the raw body: whether it holds a `\u0000` escape anywhere, and whether
 * it is longer than one message may be (else no message can be, and sizes are not measured).
 */
export type BodyHints = { mayHoldNul: boolean; mayHoldLargeMessage: boolean };

export function bodyHints(text: string): BodyHints {
  return { mayHoldNul: text.includes("\\u0000"), mayHoldLargeMessage: text.length > MAX_MESSAGE_BYTES };
}

const typeSet: ReadonlySet<string> = new Set(messageTypes);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// ISO 8601 date-time with an offset (Z or ±hh:mm), seconds and fractions optional.
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))$/;

/** Epoch ms of an ISO 8601 date-time, or NaN when it is no real one (month 13, 30 February…). */
function isoTime(value: string): number {
  const parts = isoDateTime.exec(value);
  if (!parts) return NaN;
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = parts.slice(1).map((p) => Number(p ?? 0));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const real = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59 && offsetHour <= 23 && offsetMinute <= 59;
  return real ? Date.parse(value) : NaN;
}

/** A visitor or user id: a non-empty string (trimmed) or a finite number; undefined when absent. */
function visitorId(value: unknown, field: string, found: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  const text = typeof value === "string" ? value.trim() : "";
  if (text && text.length <= MAX_TEXT) return text;
  found.push(`${field} must be a non-empty string of at most ${MAX_TEXT} characters, or a number`);
}

function optionalText(msg: Record<string, unknown>, field: string, found: string[]) {
  const value = msg[field];
  if (value !== undefined && value !== null && (typeof value !== "string" || value.length > MAX_TEXT)) {
    found.push(`${field} must be a string of at most ${MAX_TEXT} characters`);
  }
}

type Checked = { row: Omit<EventRow, "m"> | null; messageId?: string };

/** One message's problems (pushed to `found`), else its type and, for stored types, its row. */
function check(msg: unknown, receivedAt: number, hints: BodyHints, found: string[]): Checked | null {
  if (!isRecord(msg)) {
    found.push("must be a JSON object");
    return null;
  }
  const type = msg.type;
  if (typeof type !== "string" || !typeSet.has(type)) found.push(`type must be one of ${messageTypes.join(", ")}`);
  const messageId = msg.messageId;
  if (messageId !== undefined && (typeof messageId !== "string" || !messageId || messageId.length > MAX_TEXT)) {
    found.push(`messageId must be a non-empty string of at most ${MAX_TEXT} characters`);
  }
  const anonymousId = visitorId(msg.anonymousId, "anonymousId", found);
  const userId = visitorId(msg.userId, "userId", found);
  if (msg.anonymousId == null && msg.userId == null) found.push("anonymousId or userId is required");

  let event: string | undefined;
  if (msg.event !== undefined) {
    event = typeof msg.event === "string" ? msg.event.trim() : undefined;
    if (!event || event.length > MAX_TEXT) found.push(`event must be a non-empty string of at most ${MAX_TEXT} characters`);
  } else if (type === "track") {
    found.push("event is required for a track call");
  }
  optionalText(msg, "name", found);
  optionalText(msg, "category", found);
  const properties = msg.properties;
  if (properties !== undefined && properties !== null && !isRecord(properties)) found.push("properties must be a JSON object");

  let occurredAt = receivedAt;
  if (msg.timestamp !== undefined && msg.timestamp !== null) {
    occurredAt = typeof msg.timestamp === "string" ? isoTime(msg.timestamp) : NaN;
    if (Number.isNaN(occurredAt)) found.push("timestamp must be an ISO 8601 date-time with an offset");
    else if (occurredAt < receivedAt - MAX_PAST_MS) found.push("timestamp is more than 30 days in the past");
    else if (occurredAt > receivedAt + MAX_FUTURE_MS) found.push("timestamp is more than 1 hour in the future");
  }
  if (hints.mayHoldLargeMessage || hints.mayHoldNul) {
    const json = JSON.stringify(msg);
    if (json.length > MAX_MESSAGE_BYTES) found.push(`message is larger than ${MAX_MESSAGE_BYTES / 1024} KB`);
    // PostgreSQL text and jsonb cannot hold NUL characters.
    if (json.includes("\\u0000")) found.push("must not contain NUL characters (\\u0000)");
  }
  if (found.length) return null;

  const stored = type === "track" ? event : type === "page" ? pageEventName : type === "screen" ? screenEventName : undefined;
  if (!stored) return { row: null };
  let props = (properties ?? {}) as Record<string, unknown>;
  if (type !== "track" && (msg.name || msg.category)) {
    props = { ...props };
    if (msg.name) props.name = msg.name;
    if (msg.category) props.category ??= msg.category;
  }
  const at = new Date(occurredAt).toISOString();
  return { messageId: messageId as string | undefined, row: { n: stored, a: (anonymousId ?? userId)!, p: props, t: at } };
}

/**
 * Validates every message and maps the stored ones (track, page, screen) to rows; identify,
 * group and alias are accepted and dropped. `forcedType` is the single-call endpoints' type.
 */
export function parseMessages(
  raw: unknown[],
  receivedAt: number,
  forcedType?: MessageType,
  hints: BodyHints = { mayHoldNul: true, mayHoldLargeMessage: true },
): ParsedBatch {
  const errors: MessageError[] = [];
  const rows: EventRow[] = [];
  const seen = new Set<string>();
  let ignored = 0;
  for (let index = 0; index < raw.length; index++) {
    const item = raw[index];
    const msg = forcedType && isRecord(item) ? { ...item, type: forcedType } : item;
    const found: string[] = [];
    const checked = check(msg, receivedAt, hints, found);
    if (!checked) {
      const messageId = isRecord(item) && typeof item.messageId === "string" ? item.messageId : undefined;
      errors.push({ index, messageId, errors: found });
      continue;
    }
    // identify, group and alias: accepted, not stored.
    if (!checked.row) {
      ignored++;
      continue;
    }
    // A message without an id can't be recognised when retried; one repeated inside a batch counts once.
    const m = checked.messageId ?? crypto.randomUUID();
    if (seen.has(m)) {
      ignored++;
      continue;
    }
    seen.add(m);
    rows.push({ m, ...checked.row });
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows, ignored };
}
