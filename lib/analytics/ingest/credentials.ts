import "server-only";
// The app key of an ingest request, and which app it belongs to. The key is the Basic-auth
// username (what Segment SDKs send as the write key), a Bearer token, or — like Segment's HTTP
// API, for browser SDKs — `writeKey` in the body. Known keys are remembered per process, so a
// request is authenticated before its body is read; the ingest statement re-checks the key
// against tracked_apps, so a rotated key is refused from the rotation's commit on.
import { createHash, timingSafeEqual } from "node:crypto";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db/client";

/** The Authorization header's key; `present` without a key: a header the endpoint can't use. */
export function headerKey(request: Request): { present: boolean; key: string | null } {
  const header = request.headers.get("authorization")?.trim() ?? "";
  if (!header) return { present: false, key: null };
  const [scheme, value] = header.split(/\s+/, 2);
  if (scheme?.toLowerCase() === "basic" && value) {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const user = decoded.includes(":") ? decoded.slice(0, decoded.indexOf(":")) : decoded;
    return { present: true, key: user || null };
  }
  if (scheme?.toLowerCase() === "bearer" && value) return { present: true, key: value };
  return { present: true, key: null };
}

export function bodyKey(body: object): string | null {
  const writeKey = (body as { writeKey?: unknown }).writeKey;
  return typeof writeKey === "string" && writeKey ? writeKey : null;
}

/** Known keys this long; unknown ones (a rotated key an SDK keeps retrying) for less. */
const KNOWN_MS = 60_000;
const UNKNOWN_MS = 10_000;
const MAX_ENTRIES = 10_000;

type Entry = { digest: Buffer; appId: string | null; until: number };
// Keyed by a prefix of the key's SHA-256; the whole digest is compared in constant time.
const remembered = new Map<string, Entry>();

const digestOf = (key: string) => createHash("sha256").update(key).digest();
const slotOf = (digest: Buffer) => digest.subarray(0, 12).toString("base64");

function remember(digest: Buffer, appId: string | null) {
  if (remembered.size >= MAX_ENTRIES) remembered.delete(remembered.keys().next().value!);
  remembered.set(slotOf(digest), { digest, appId, until: Date.now() + (appId ? KNOWN_MS : UNKNOWN_MS) });
}

/** The tracked app whose key this is, or null. */
export async function appOfKey(key: string): Promise<string | null> {
  const digest = digestOf(key);
  const entry = remembered.get(slotOf(digest));
  if (entry && entry.until > Date.now() && timingSafeEqual(entry.digest, digest)) return entry.appId;
  const [row] = await db.execute<{ id: string }>(sql`select id from tracked_apps where api_key = ${key}`);
  remember(digest, row?.id ?? null);
  return row?.id ?? null;
}

/** After the database refused a remembered key (rotated, or its app deleted). */
export function forgetKey(key: string) {
  remember(digestOf(key), null);
}
