// Test data for the analytics area: tracked apps with known keys, and ingest requests to the real route.
import { eq } from "drizzle-orm";
import { POST as postBatch } from "@/app/api/ingest/v1/batch/route";
import { db } from "@/lib/db/client";
import { events, trackedApps, visitorSessions } from "@/lib/db/schema";
import { createLogin } from "@/lib/test/auth";

/** A tracked app `key` whose write key is `wk_<key>`, owned by a fresh end user. */
export async function createApp(key: string) {
  const owner = await createLogin("user", `owner_${key}`);
  const [app] = await db.insert(trackedApps).values({ ownerId: owner.id, name: `App ${key}`, apiKey: `wk_${key}` }).returning();
  return app;
}

export function basicAuth(writeKey: string) {
  return `Basic ${Buffer.from(`${writeKey}:`).toString("base64")}`;
}

/** POSTs `body` to /api/ingest/v1/batch as an SDK would. */
export function sendBatch(body: unknown, authorization?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (authorization) headers.authorization = authorization;
  const request = new Request("http://localhost/api/ingest/v1/batch", {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return postBatch(request);
}

export function eventsOf(appId: string) {
  return db.select().from(events).where(eq(events.appId, appId)).orderBy(events.occurredAt);
}

export function sessionsOf(appId: string) {
  return db.select().from(visitorSessions).where(eq(visitorSessions.appId, appId)).orderBy(visitorSessions.startedAt);
}
