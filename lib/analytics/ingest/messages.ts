// Segment HTTP Tracking API messages → event rows. Every message of a batch is checked; one bad
// message rejects the whole batch (the caller gets each message's problems, nothing is written).
import { z } from "zod";
import {
  ignoredMessageTypes,
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

const id = z.union([z.string().trim().min(1).max(200), z.number().finite().transform(String)]);
const name = z.string().trim().min(1, { error: "must not be empty" }).max(200);

const message = z.object({
  type: z.enum(messageTypes, { error: `must be one of ${messageTypes.join(", ")}` }),
  messageId: z.string().min(1).max(200).optional(),
  anonymousId: id.nullish(),
  userId: id.nullish(),
  event: name.optional(),
  name: z.string().max(200).nullish(),
  category: z.string().max(200).nullish(),
  properties: z.record(z.string(), z.unknown()).nullish(),
  timestamp: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date-time" }).nullish(),
});

type Message = z.output<typeof message>;

/** What console_ingest() takes per message: messageId, name, anonymous id, properties, occurred at. */
export type EventRow = { m: string; n: string; a: string; p: Record<string, unknown>; t: string };

export type MessageError = { index: number; messageId?: string; errors: string[] };

export type ParsedBatch = { ok: true; rows: EventRow[]; ignored: number } | { ok: false; errors: MessageError[] };

function eventName(msg: Message): string | undefined {
  if (msg.type === "track") return msg.event;
  if (msg.type === "page") return pageEventName;
  if (msg.type === "screen") return screenEventName;
}

function properties(msg: Message): Record<string, unknown> {
  const props = { ...(msg.properties ?? {}) };
  if (msg.type === "page" || msg.type === "screen") {
    if (msg.name) props.name = msg.name;
    if (msg.category) props.category ??= msg.category;
  }
  return props;
}

function problems(raw: unknown, msg: Message | null, issues: z.core.$ZodIssue[], receivedAt: number): string[] {
  const found = issues.map((i) => (i.path.length ? `${i.path.join(".")} ${i.message}` : i.message));
  if (JSON.stringify(raw).length > MAX_MESSAGE_BYTES) found.push(`message is larger than ${MAX_MESSAGE_BYTES / 1024} KB`);
  // PostgreSQL text and jsonb cannot hold NUL characters.
  if (JSON.stringify(raw).includes("\\u0000")) found.push("must not contain NUL characters (\\u0000)");
  if (!msg) return found;
  if (msg.anonymousId == null && msg.userId == null) found.push("anonymousId or userId is required");
  if (msg.type === "track" && !msg.event) found.push("event is required for a track call");
  if (msg.timestamp) {
    const at = Date.parse(msg.timestamp);
    if (at < receivedAt - MAX_PAST_MS) found.push("timestamp is more than 30 days in the past");
    if (at > receivedAt + MAX_FUTURE_MS) found.push("timestamp is more than 1 hour in the future");
  }
  return found;
}

/**
 * Validates every message and maps the stored ones (track, page, screen) to rows; identify,
 * group and alias are accepted and dropped. `forcedType` is the single-call endpoints' type.
 */
export function parseMessages(raw: unknown[], receivedAt: number, forcedType?: MessageType): ParsedBatch {
  const errors: MessageError[] = [];
  const rows: EventRow[] = [];
  const seen = new Set<string>();
  let ignored = 0;
  raw.forEach((item, index) => {
    const input = forcedType && item && typeof item === "object" ? { ...item, type: forcedType } : item;
    const result = message.safeParse(input);
    const msg = result.success ? result.data : null;
    const found = problems(item, msg, result.error?.issues ?? [], receivedAt);
    const messageId = typeof (item as Message | null)?.messageId === "string" ? (item as Message).messageId : undefined;
    if (found.length) return errors.push({ index, messageId, errors: found });
    if (!msg || (ignoredMessageTypes as readonly string[]).includes(msg.type)) return ignored++;
    // A message without an id can't be recognised when retried; one repeated inside a batch counts once.
    const m = msg.messageId ?? crypto.randomUUID();
    if (seen.has(m)) return ignored++;
    seen.add(m);
    rows.push({
      m,
      n: eventName(msg)!,
      a: String(msg.anonymousId ?? msg.userId),
      p: properties(msg),
      t: msg.timestamp ? new Date(msg.timestamp).toISOString() : new Date(receivedAt).toISOString(),
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, rows, ignored };
}
