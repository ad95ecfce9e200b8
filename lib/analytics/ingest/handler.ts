import "server-only";
// POST /api/ingest/v1/{batch,track,page,screen} — the Segment HTTP Tracking API as its SDKs use
// it. The status codes are what the SDKs act on (analytics-node 3.1 publisher): 2xx = delivered,
// never resent; 400 = malformed, dropped, never retried; 401 = dropped; 429 + Retry-After = wait
// that long and resend; 5xx = resent with backoff (the same messageIds, which the receipts absorb).
import { after } from "next/server";
import type { MessageType } from "@/lib/db/schema/analytics-values";
import { appOfKey, bodyKey, forgetKey, headerKey } from "./credentials";
import { MAX_BATCH_BYTES, MAX_BATCH_MESSAGES, bodyHints, parseMessages } from "./messages";
import { admit, admitAndWrite, sweepIngest, type Written } from "./store";

export type IngestCall = "batch" | Extract<MessageType, "track" | "page" | "screen">;

const corsHeaders = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "POST, OPTIONS",
  "access-control-allow-headers": "authorization, content-type",
};

function reply(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { ...corsHeaders, "cache-control": "no-store", ...headers } });
}

const failure = (status: number, error: string, more: Record<string, unknown> = {}, headers?: Record<string, string>) =>
  reply(status, { success: false, error, ...more }, headers);

/** The body as text, or null when it is larger than the limit (read no further than that). */
async function readCapped(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// Opportunistic upkeep: at most one sweep per process every SWEEP_EVERY_MS, after a response.
const SWEEP_EVERY_MS = 30_000;
let lastSweep = 0;
function scheduleSweep() {
  const now = Date.now();
  if (now - lastSweep < SWEEP_EVERY_MS) return;
  lastSweep = now;
  try {
    after(() => sweepIngest().catch((error) => console.error("[ingest] sweep failed", error)));
  } catch {
    // Outside a Next.js request (tests, scripts): `npm run analytics:sweep` does the upkeep.
  }
}

const DEADLOCK = "40P01";

/** A deadlock between two batches rolls one back whole (its count too): run it once more before giving up. */
async function writeWithRetry(...args: Parameters<typeof admitAndWrite>) {
  try {
    return await admitAndWrite(...args);
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code !== DEADLOCK) throw error;
    return admitAndWrite(...args);
  }
}

export function ingestOptions() {
  return new Response(null, { status: 204, headers: corsHeaders });
}

const unauthorized = (error: string) => failure(401, error, {}, { "www-authenticate": 'Basic realm="ingest"' });
const noKey = "Missing write key: send the app's key as the Basic-auth username or a Bearer token.";
const badKey = "Unknown or revoked write key.";

/**
 * Authenticates (a header key before the body is read), parses, then re-checks the key, counts the
 * batch against the key's rate and writes it in one statement.
 */
export async function handleIngest(request: Request, call: IngestCall): Promise<Response> {
  const receivedAt = Date.now();
  const header = headerKey(request);
  if (header.present && !header.key) return unauthorized(noKey);
  let appId = header.key ? await appOfKey(header.key) : null;
  if (header.key && !appId) return unauthorized(badKey);

  const text = await readCapped(request, MAX_BATCH_BYTES);
  if (text === null) return failure(400, `The request body is larger than ${MAX_BATCH_BYTES / 1024} KB.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return failure(400, "The request body is not valid JSON.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return failure(400, "The request body must be a JSON object.");

  const key = header.key ?? bodyKey(body);
  if (!key) return unauthorized(noKey);
  appId ??= await appOfKey(key);
  if (!appId) return unauthorized(badKey);

  const batch = call === "batch" ? (body as { batch?: unknown }).batch : [body];
  if (!Array.isArray(batch)) return failure(400, "`batch` must be an array of messages.");
  if (batch.length > MAX_BATCH_MESSAGES) return failure(400, `A batch holds at most ${MAX_BATCH_MESSAGES} messages (got ${batch.length}).`);

  const parsed = parseMessages(batch, receivedAt, call === "batch" ? undefined : call, bodyHints(text));
  const refuse = (refused: { keyValid: false } | { keyValid: true; retryAfterSeconds: number }) => {
    if (!refused.keyValid) {
      forgetKey(key);
      return unauthorized(badKey);
    }
    return failure(429, "Rate limit exceeded for this write key.", {}, { "retry-after": String(refused.retryAfterSeconds) });
  };
  // Nothing to write (invalid or only ignored messages): the key and the rate still answer first.
  if (!parsed.ok || parsed.rows.length === 0) {
    const admission = await admit(appId, key, batch.length);
    if (!admission.keyValid || admission.limited) return refuse(admission);
    if (!parsed.ok) return failure(400, "Invalid messages: nothing from this request was stored.", { errors: parsed.errors });
    return reply(200, { success: true, accepted: 0, duplicates: 0, ignored: parsed.ignored });
  }

  let written: Written;
  try {
    written = await writeWithRetry(appId, key, batch.length, parsed.rows);
  } catch (error) {
    // 5xx: the SDK resends the same batch later; the receipts make that safe.
    console.error("[ingest] batch failed", error);
    return failure(503, "The batch could not be stored; retry later.", {}, { "retry-after": "1" });
  }
  if (!written.keyValid || written.limited) return refuse(written);
  scheduleSweep();
  return reply(200, { success: true, accepted: written.accepted, duplicates: written.duplicates, ignored: parsed.ignored });
}
