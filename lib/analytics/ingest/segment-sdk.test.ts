// The compatibility proof: the real @segment/analytics-node SDK, unchanged, pointed at a local
// HTTP server that serves the console's ingest route handlers. A `fault` hook can answer in the
// route's place (or after it ran) to see what the SDK does with each response code.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Analytics } from "@segment/analytics-node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as postBatch } from "@/app/api/ingest/v1/batch/route";
import { createApp, eventsOf } from "@/lib/analytics/test-fixtures";

type Seen = { at: number; status?: number; retryAfter?: string | null; path: string; authorization: string; body: { batch: Record<string, unknown>[]; writeKey: string; sentAt: string } };
/** Returns a status to answer instead of the route (before: route not called; after: route called, its answer replaced). */
type Fault = (attempt: number) => { status: number; headers?: Record<string, string>; when: "before" | "after" } | null;

let server: Server;
let host: string;
let seen: Seen[] = [];
let fault: Fault | null = null;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const entry: Seen = { at: Date.now(), path: req.url ?? "", authorization: req.headers.authorization ?? "", body: JSON.parse(raw.toString("utf8")) };
    seen.push(entry);
    const injected = fault?.(seen.length);
    let response: Response;
    if (injected?.when === "before") {
      response = new Response("{}", { status: injected.status, headers: injected.headers });
    } else {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      response = req.url === "/api/ingest/v1/batch"
        ? await postBatch(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: raw }))
        : new Response("not found", { status: 404 });
      if (injected) response = new Response("{}", { status: injected.status, headers: injected.headers });
    }
    Object.assign(entry, { status: response.status, retryAfter: response.headers.get("retry-after") });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

afterEach(() => {
  seen = [];
  fault = null;
  delete process.env.INGEST_RATE_LIMIT;
});

function sdk(writeKey: string, options: { flushAt?: number; maxRetries?: number } = {}) {
  return new Analytics({ writeKey, host, path: "/api/ingest/v1/batch", flushInterval: 50, maxRetries: 3, ...options });
}

/** Sends with the SDK and resolves with each call's delivery error (undefined when delivered). */
function trackAll(analytics: Analytics, calls: Parameters<Analytics["track"]>[0][]) {
  return Promise.all(
    calls.map((call) => new Promise<unknown>((resolve) => analytics.track(call, (error) => resolve(error)))),
  );
}

describe("@segment/analytics-node 3.1 against the ingest endpoint", () => {
  it("batches (flushAt), Basic-auths with the write key, and every kind of call lands", async () => {
    const app = await createApp("sdk_batching");
    const analytics = sdk(app.apiKey, { flushAt: 10 });
    const errors = await trackAll(
      analytics,
      Array.from({ length: 23 }, (_, i) => ({ event: "clicked", anonymousId: `anon-${i % 4}`, properties: { i } })),
    );
    analytics.page({ anonymousId: "anon-0", name: "Pricing", properties: { path: "/pricing" } });
    analytics.screen({ userId: "user-1", name: "Home" });
    analytics.identify({ userId: "user-1", traits: { plan: "pro" } });
    await analytics.closeAndFlush({ timeout: 5000 });

    expect(errors).toEqual(Array(23).fill(undefined));
    expect(seen.slice(0, 2).map((s) => s.body.batch.length)).toEqual([10, 10]);
    expect(seen.map((s) => s.status)).toEqual(seen.map(() => 200));
    expect(seen.reduce((sum, s) => sum + s.body.batch.length, 0)).toBe(26);
    expect(new Set(seen.map((s) => s.authorization))).toEqual(new Set([`Basic ${Buffer.from(`${app.apiKey}:`).toString("base64")}`]));
    expect(seen[0].body).toMatchObject({ writeKey: app.apiKey });
    expect(seen[0].body.batch[0]).toMatchObject({ type: "track", event: "clicked", anonymousId: "anon-0" });
    expect(seen[0].body.batch[0].messageId).toEqual(expect.any(String));

    const rows = await eventsOf(app.id);
    expect(rows).toHaveLength(25); // 23 track + page + screen; identify is not stored
    expect(rows.filter((r) => r.name === "page_view").map((r) => r.properties)).toEqual([{ path: "/pricing", name: "Pricing" }]);
    expect(rows.filter((r) => r.name === "screen_view").map((r) => r.anonymousId)).toEqual(["user-1"]);
  });

  it("resends a batch answered 5xx with the same messageIds, and the receipts store it once", async () => {
    const app = await createApp("sdk_5xx");
    // The route stores the batch, then the SDK is told 500 (a lost answer) and then 503: it resends twice.
    fault = (attempt) => (attempt === 1 ? { status: 500, when: "after" } : attempt === 2 ? { status: 503, when: "before" } : null);
    const analytics = sdk(app.apiKey, { flushAt: 5 });
    const errors = await trackAll(analytics, Array.from({ length: 5 }, (_, i) => ({ event: "e", anonymousId: "v", properties: { i } })));
    await analytics.closeAndFlush({ timeout: 10_000 });
    expect(errors).toEqual(Array(5).fill(undefined));
    expect(seen).toHaveLength(3);
    const ids = seen.map((s) => s.body.batch.map((m) => m.messageId).join(","));
    expect(new Set(ids).size).toBe(1);
    expect(await eventsOf(app.id)).toHaveLength(5);
  });

  it("waits out the endpoint's real 429 (Retry-After) and then delivers", async () => {
    process.env.INGEST_RATE_LIMIT = "1"; // 10 messages per 10-second window
    const app = await createApp("sdk_429");
    // Both batches must meet in one rate window: start early in a fresh one.
    const intoWindow = Date.now() % 10_000;
    if (intoWindow > 5_000) await new Promise((resolve) => setTimeout(resolve, 10_000 - intoWindow + 50));
    const analytics = sdk(app.apiKey, { flushAt: 10 });
    const errors = await trackAll(analytics, Array.from({ length: 15 }, (_, i) => ({ event: "e", anonymousId: "v", properties: { i } })));
    await analytics.closeAndFlush({ timeout: 20_000 });
    expect(errors).toEqual(Array(15).fill(undefined));
    expect(seen.map((s) => [s.body.batch.length, s.status])).toEqual([[10, 200], [5, 429], [5, 200]]);
    const retryAfter = Number(seen[1].retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    // The SDK resent the same messages, and not before Retry-After allowed it.
    expect(seen[2].body.batch.map((m) => m.messageId)).toEqual(seen[1].body.batch.map((m) => m.messageId));
    expect(seen[2].at - seen[1].at).toBeGreaterThanOrEqual(retryAfter * 1000 - 50);
    expect(await eventsOf(app.id)).toHaveLength(15);
  }, 30_000);

  it("does not resend a batch answered 400 (an invalid message) or 401 (a bad key)", async () => {
    const app = await createApp("sdk_4xx");
    const analytics = sdk(app.apiKey, { flushAt: 2 });
    const errors = await trackAll(analytics, [
      { event: "ok", anonymousId: "v" },
      { event: "old", anonymousId: "v", timestamp: new Date("2020-01-01T00:00:00Z") },
    ]);
    await analytics.closeAndFlush({ timeout: 5000 });
    expect(seen).toHaveLength(1);
    expect(errors.map((e) => String(e))).toEqual(["Error: [400] Bad Request", "Error: [400] Bad Request"]);
    expect(await eventsOf(app.id)).toHaveLength(0);

    seen = [];
    const wrong = sdk("wk_not_a_key", { flushAt: 1 });
    const [unauthorized] = await trackAll(wrong, [{ event: "x", anonymousId: "v" }]);
    await wrong.closeAndFlush({ timeout: 5000 });
    expect(seen).toHaveLength(1);
    expect(String(unauthorized)).toBe("Error: [401] Unauthorized");
  });

  it("does not resend a batch answered 200", async () => {
    const app = await createApp("sdk_2xx");
    const analytics = sdk(app.apiKey, { flushAt: 3 });
    await trackAll(analytics, Array.from({ length: 3 }, () => ({ event: "e", anonymousId: "v" })));
    await analytics.closeAndFlush({ timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 700)); // longer than the SDK's first backoff
    expect(seen).toHaveLength(1);
  });
});
