import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { POST as postPage } from "@/app/api/ingest/v1/page/route";
import { POST as postTrack } from "@/app/api/ingest/v1/track/route";
import { basicAuth, createApp, eventsOf, sendBatch, sessionsOf } from "@/lib/analytics/test-fixtures";
import { db } from "@/lib/db/client";
import { consoleIngestReceipts, events, trackedApps, visitorSessions } from "@/lib/db/schema";
import { sweepIngest } from "./store";

const MINUTE = 60_000;
const base = Date.now() - 6 * 3600_000;
const at = (minutes: number) => new Date(base + minutes * MINUTE).toISOString();

let n = 0;
function track(anonymousId: string, minutes: number, event = "click", extra: Record<string, unknown> = {}) {
  return { type: "track", event, anonymousId, messageId: `m-${++n}`, timestamp: at(minutes), properties: { n }, ...extra };
}

describe("ingest: authentication", () => {
  it("takes the write key as the Basic-auth username and stores the batch", async () => {
    const app = await createApp("auth_basic");
    const response = await sendBatch({ batch: [track("v1", 0), track("v1", 1)] }, basicAuth("wk_auth_basic"));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ success: true, accepted: 2, duplicates: 0 });
    expect(await eventsOf(app.id)).toHaveLength(2);
  });

  it("takes the key as a Bearer token", async () => {
    const app = await createApp("auth_bearer");
    const response = await sendBatch({ batch: [track("v1", 0)] }, "Bearer wk_auth_bearer");
    expect(response.status).toBe(200);
    expect(await eventsOf(app.id)).toHaveLength(1);
  });

  it("refuses a missing or unknown key with 401 and stores nothing", async () => {
    const app = await createApp("auth_bad");
    expect((await sendBatch({ batch: [track("v1", 0)] })).status).toBe(401);
    expect((await sendBatch({ batch: [track("v1", 0)] }, basicAuth("wk_nope"))).status).toBe(401);
    expect((await sendBatch({ batch: [track("v1", 0)] }, "Bearer wk_auth_bad_x"))).toHaveProperty("status", 401);
    expect(await eventsOf(app.id)).toHaveLength(0);
  });

  it("refuses a bad key before it reads the body: 401, not the body's 400", async () => {
    await createApp("auth_first");
    expect((await sendBatch("{not json", basicAuth("wk_auth_first_x"))).status).toBe(401);
    expect((await sendBatch("{not json", basicAuth("wk_auth_first"))).status).toBe(400);
  });

  it("takes the key from the body's writeKey when there is no Authorization header", async () => {
    const app = await createApp("auth_body");
    expect((await sendBatch({ writeKey: "wk_auth_body", batch: [track("v1", 0)] })).status).toBe(200);
    expect((await sendBatch({ writeKey: "wk_auth_body_x", batch: [track("v1", 1)] })).status).toBe(401);
    expect(await eventsOf(app.id)).toHaveLength(1);
  });

  it("cuts a rotated key off at once", async () => {
    const app = await createApp("auth_rotate");
    expect((await sendBatch({ batch: [track("v1", 0)] }, basicAuth("wk_auth_rotate"))).status).toBe(200);
    await db.update(trackedApps).set({ apiKey: "wk_auth_rotate_new" }).where(eq(trackedApps.id, app.id));
    expect((await sendBatch({ batch: [track("v1", 1)] }, basicAuth("wk_auth_rotate"))).status).toBe(401);
    expect((await sendBatch({ batch: [track("v1", 2)] }, basicAuth("wk_auth_rotate_new"))).status).toBe(200);
    expect(await eventsOf(app.id)).toHaveLength(2);
  });
});

describe("ingest: mapping", () => {
  it("maps track, page and screen to events; identify, group and alias are accepted and not stored", async () => {
    const app = await createApp("mapping");
    const response = await sendBatch(
      {
        batch: [
          { type: "track", event: "signup", anonymousId: "anon-1", messageId: "a1", timestamp: at(0), properties: { plan: "pro" } },
          { type: "page", name: "Pricing", category: "Docs", anonymousId: "anon-1", messageId: "a2", timestamp: at(1), properties: { path: "/pricing" } },
          { type: "screen", name: "Home", userId: "user-7", messageId: "a3", timestamp: at(2) },
          { type: "identify", userId: "user-7", traits: { email: "x@example.test" }, messageId: "a4" },
          { type: "group", userId: "user-7", groupId: "g1", messageId: "a5" },
          { type: "alias", userId: "user-7", previousId: "anon-1", messageId: "a6" },
        ],
      },
      basicAuth("wk_mapping"),
    );
    expect(await response.json()).toMatchObject({ success: true, accepted: 3, ignored: 3 });
    const rows = await eventsOf(app.id);
    expect(rows.map((r) => [r.name, r.anonymousId, r.properties, r.occurredAt.toISOString()])).toEqual([
      ["signup", "anon-1", { plan: "pro" }, at(0)],
      ["page_view", "anon-1", { path: "/pricing", name: "Pricing", category: "Docs" }, at(1)],
      ["screen_view", "user-7", { name: "Home" }, at(2)],
    ]);
  });

  it("stores the received time when a message has no timestamp", async () => {
    const app = await createApp("no_timestamp");
    const before = Date.now();
    await sendBatch({ batch: [{ type: "track", event: "x", anonymousId: "v", messageId: "t1" }] }, basicAuth("wk_no_timestamp"));
    const [row] = await eventsOf(app.id);
    expect(row.occurredAt.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(row.occurredAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("serves the single-call endpoints /v1/track and /v1/page", async () => {
    const app = await createApp("single");
    const call = (handler: typeof postTrack, body: unknown) =>
      handler(new Request("http://localhost/x", { method: "POST", headers: { authorization: basicAuth("wk_single") }, body: JSON.stringify(body) }));
    expect((await call(postTrack, { event: "opened", anonymousId: "v", messageId: "s1", timestamp: at(0) })).status).toBe(200);
    expect((await call(postPage, { name: "Docs", anonymousId: "v", messageId: "s2", timestamp: at(1) })).status).toBe(200);
    expect((await eventsOf(app.id)).map((e) => e.name)).toEqual(["opened", "page_view"]);
  });
});

describe("ingest: bad input is refused whole", () => {
  const cases: [string, unknown, string][] = [
    ["a track without event", { type: "track", anonymousId: "v", messageId: "b1" }, "event is required for a track call"],
    ["no anonymousId or userId", { type: "track", event: "x", messageId: "b2" }, "anonymousId or userId is required"],
    ["an unknown type", { type: "purchase", anonymousId: "v", messageId: "b3" }, "type must be one of"],
    ["a timestamp far in the past", { ...track("v", 0), timestamp: "2020-01-01T00:00:00Z" }, "more than 30 days in the past"],
    ["a timestamp far in the future", { ...track("v", 0), timestamp: new Date(Date.now() + 86_400_000).toISOString() }, "more than 1 hour in the future"],
    ["a timestamp that is no date", { ...track("v", 0), timestamp: "yesterday" }, "timestamp must be an ISO 8601 date-time"],
    ["properties that are no object", { ...track("v", 0), properties: [1, 2] }, "properties"],
    ["a NUL character", { ...track("v", 0), properties: { q: "a\u0000b" } }, "NUL"],
    ["a message over 32 KB", { ...track("v", 0), properties: { blob: "x".repeat(33 * 1024) } }, "larger than 32 KB"],
  ];

  it.each(cases)("400 for %s, with that message's error, and the valid messages beside it are not stored", async (_, bad, error) => {
    const app = await createApp(`bad_${++n}`);
    const response = await sendBatch({ batch: [track("v", 0), bad, track("v", 1)] }, basicAuth(app.apiKey));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.success).toBe(false);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].index).toBe(1);
    expect(body.errors[0].errors.join("; ")).toContain(error);
    expect(await eventsOf(app.id)).toHaveLength(0);
    expect(await sessionsOf(app.id)).toHaveLength(0);
  });

  it("400 for a body that is not JSON, has no batch array, is over 500 KB or holds over 500 messages", async () => {
    const app = await createApp("bad_body");
    const auth = basicAuth(app.apiKey);
    expect((await sendBatch("{not json", auth)).status).toBe(400);
    expect((await sendBatch({ batch: "x" }, auth)).status).toBe(400);
    const big = Array.from({ length: 40 }, () => track("v", 0, "big", { properties: { blob: "x".repeat(14 * 1024) } }));
    const tooBig = await sendBatch({ batch: big }, auth);
    expect(tooBig.status).toBe(400);
    expect((await tooBig.json()).error).toContain("500 KB");
    const many = await sendBatch({ batch: Array.from({ length: 501 }, () => track("v", 0)) }, auth);
    expect(many.status).toBe(400);
    expect((await many.json()).error).toContain("at most 500 messages");
    expect(await eventsOf(app.id)).toHaveLength(0);
  });
});

describe("ingest: retries", () => {
  it("a retried batch (same messageIds) adds nothing; a partly new retry adds only the new messages", async () => {
    const app = await createApp("dedupe");
    const batch = [track("v", 0), track("v", 1), track("v", 2)];
    const auth = basicAuth(app.apiKey);
    expect(await (await sendBatch({ batch }, auth)).json()).toMatchObject({ accepted: 3, duplicates: 0 });
    expect(await (await sendBatch({ batch }, auth)).json()).toMatchObject({ accepted: 0, duplicates: 3 });
    expect(await (await sendBatch({ batch: [...batch, track("v", 3)] }, auth)).json()).toMatchObject({ accepted: 1, duplicates: 3 });
    expect(await eventsOf(app.id)).toHaveLength(4);
    expect(await sessionsOf(app.id)).toHaveLength(1);
  });

  it("the same messageId twice in one batch counts once", async () => {
    const app = await createApp("dedupe_inside");
    const message = track("v", 0);
    await sendBatch({ batch: [message, message] }, basicAuth(app.apiKey));
    expect(await eventsOf(app.id)).toHaveLength(1);
  });

  it("receipts are per app: another app may use the same messageId", async () => {
    const a = await createApp("dedupe_a");
    const b = await createApp("dedupe_b");
    const message = track("v", 0);
    await sendBatch({ batch: [message] }, basicAuth(a.apiKey));
    await sendBatch({ batch: [message] }, basicAuth(b.apiKey));
    expect(await eventsOf(a.id)).toHaveLength(1);
    expect(await eventsOf(b.id)).toHaveLength(1);
  });

  it("two concurrent deliveries of the same batch store it once", async () => {
    const app = await createApp("dedupe_race");
    const batch = Array.from({ length: 20 }, (_, i) => track(`v${i % 3}`, i));
    const auth = basicAuth(app.apiKey);
    const responses = await Promise.all([sendBatch({ batch }, auth), sendBatch({ batch }, auth)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(await eventsOf(app.id)).toHaveLength(20);
    expect(await sessionsOf(app.id)).toHaveLength(3);
  });
});

describe("ingest: rate limit", () => {
  afterEach(() => {
    delete process.env.INGEST_RATE_LIMIT;
  });

  it("429 with Retry-After once a key passes its rate; other keys are unaffected", async () => {
    process.env.INGEST_RATE_LIMIT = "1"; // 10 messages per 10-second window
    // Both requests must fall in one window: start early in a fresh one.
    const intoWindow = Date.now() % 10_000;
    if (intoWindow > 6_000) await new Promise((resolve) => setTimeout(resolve, 10_000 - intoWindow + 50));
    const app = await createApp("rate");
    const other = await createApp("rate_other");
    const first = await sendBatch({ batch: Array.from({ length: 10 }, (_, i) => track("v", i)) }, basicAuth(app.apiKey));
    expect(first.status).toBe(200);
    const limited = await sendBatch({ batch: [track("v", 20)] }, basicAuth(app.apiKey));
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(10);
    expect((await sendBatch({ batch: [track("v", 0)] }, basicAuth(other.apiKey))).status).toBe(200);
    expect(await eventsOf(app.id)).toHaveLength(10);
  });
});

describe("ingest: sessionization", () => {
  const spans = async (appId: string) =>
    (await sessionsOf(appId)).map((s) => [s.anonymousId, s.startedAt.toISOString(), s.endedAt?.toISOString() ?? null]);

  it("a gap of 30 minutes or more ends the session at its last event and starts a new one", async () => {
    const app = await createApp("sess_gap");
    const auth = basicAuth(app.apiKey);
    await sendBatch({ batch: [track("v", 0), track("v", 10), track("v", 29.9 + 10)] }, auth);
    await sendBatch({ batch: [track("v", 39.9 + 30), track("v", 75)] }, auth);
    // 0 → 39.9 is one session (gaps under 30 min); 69.9 starts another, 6 h ago, so it is ended too.
    expect(await spans(app.id)).toEqual([
      ["v", at(0), at(39.9)],
      ["v", at(69.9), at(75)],
    ]);
  });

  it("keeps a recent session open, and an event 29 minutes later extends it", async () => {
    const app = await createApp("sess_open");
    const auth = basicAuth(app.apiKey);
    const t0 = new Date(Date.now() - 40 * MINUTE);
    const t1 = new Date(t0.getTime() + 29 * MINUTE);
    await sendBatch({ batch: [{ ...track("v", 0), timestamp: t0.toISOString() }] }, auth);
    await sendBatch({ batch: [{ ...track("v", 0), timestamp: t1.toISOString() }] }, auth);
    expect(await spans(app.id)).toEqual([["v", t0.toISOString(), null]]);
  });

  it("out-of-order events inside a window do not split it; one up to 30 minutes early moves its start", async () => {
    const app = await createApp("sess_order");
    const auth = basicAuth(app.apiKey);
    await sendBatch({ batch: [track("v", 100), track("v", 120)] }, auth);
    await sendBatch({ batch: [track("v", 110)] }, auth); // inside
    await sendBatch({ batch: [track("v", 75)] }, auth); // 25 min before its start
    await sendBatch({ batch: [track("v", 130), track("v", 105)] }, auth); // mixed order in one batch
    expect(await spans(app.id)).toEqual([["v", at(75), at(130)]]);
  });

  it("an event that arrives late for an earlier, ended session joins that session", async () => {
    const app = await createApp("sess_late");
    const auth = basicAuth(app.apiKey);
    await sendBatch({ batch: [track("v", 0), track("v", 10), track("v", 100)] }, auth);
    await sendBatch({ batch: [track("v", 15)] }, auth);
    await sendBatch({ batch: [track("v", 300)] }, auth);
    expect(await spans(app.id)).toEqual([
      ["v", at(0), at(15)],
      ["v", at(100), at(100)],
      ["v", at(300), at(300)],
    ]);
  });

  it("each visitor gets their own sessions", async () => {
    const app = await createApp("sess_visitors");
    await sendBatch({ batch: [track("a", 0), track("b", 1), track("a", 5), track("b", 50)] }, basicAuth(app.apiKey));
    expect(await spans(app.id)).toEqual([
      ["a", at(0), at(5)],
      ["b", at(1), at(1)],
      ["b", at(50), at(50)],
    ]);
  });

  it("concurrent batches for one visitor never open two sessions", async () => {
    const app = await createApp("sess_race");
    const auth = basicAuth(app.apiKey);
    const now = Date.now();
    const batches = Array.from({ length: 8 }, (_, b) => ({
      batch: Array.from({ length: 5 }, (_, i) => ({ ...track("v", 0), timestamp: new Date(now - (b * 5 + i) * 1000).toISOString() })),
    }));
    const responses = await Promise.all(batches.map((body) => sendBatch(body, auth)));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    const sessions = await sessionsOf(app.id);
    expect(sessions).toHaveLength(1);
    expect(sessions[0].endedAt).toBeNull();
    expect(sessions[0].startedAt.getTime()).toBe(now - 39_000);
    expect(await eventsOf(app.id)).toHaveLength(40);
  });

  it("the sweep ends sessions idle for 30 minutes at their last event, and leaves active ones open", async () => {
    const app = await createApp("sess_sweep");
    const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE);
    // Written directly, as the products do: an open session per visitor and its events.
    await db.insert(visitorSessions).values([
      { appId: app.id, anonymousId: "idle", startedAt: ago(50) },
      { appId: app.id, anonymousId: "active", startedAt: ago(60) },
    ]);
    await db.insert(events).values([
      { appId: app.id, anonymousId: "idle", name: "x", occurredAt: ago(50) },
      { appId: app.id, anonymousId: "idle", name: "x", occurredAt: ago(45) },
      { appId: app.id, anonymousId: "active", name: "x", occurredAt: ago(60) },
      { appId: app.id, anonymousId: "active", name: "x", occurredAt: ago(5) },
    ]);
    const lastIdleEvent = (await eventsOf(app.id)).filter((e) => e.anonymousId === "idle").at(-1)!.occurredAt;
    const { sessionsEnded } = await sweepIngest();
    expect(sessionsEnded).toBeGreaterThanOrEqual(1);
    const sessions = await sessionsOf(app.id);
    expect(sessions.find((s) => s.anonymousId === "idle")?.endedAt).toEqual(lastIdleEvent);
    expect(sessions.find((s) => s.anonymousId === "active")?.endedAt).toBeNull();
  });

  it("the sweep forgets receipts older than the retention", async () => {
    const app = await createApp("sweep_receipts");
    await db.insert(consoleIngestReceipts).values([
      { appId: app.id, messageId: "old", receivedAt: new Date(Date.now() - 49 * 3600_000) },
      { appId: app.id, messageId: "new" },
    ]);
    await sweepIngest();
    const left = await db.select().from(consoleIngestReceipts).where(eq(consoleIngestReceipts.appId, app.id));
    expect(left.map((r) => r.messageId)).toEqual(["new"]);
  });
});
