// `npm run bench:ingest`: the ingest endpoint's sustained rate. A throwaway embedded PostgreSQL
// (migrated, 20 tracked apps), the production server (`next start`, building first if there is
// no build) on 127.0.0.1, and CONCURRENCY clients POSTing Segment batches of 100 events — 10
// visitors × 10 events each, SDK-shaped messages with context — to /api/ingest/v1/batch, with
// sessionization on, for BENCH_INGEST_SECONDS (default 20) after a 3 s warm-up. Prints events/s
// and batch latency p50/p95, then checks what landed. Loopback only; stops by itself.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { freePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { ensureBuild, startNextServer } from "./server";
import { percentile } from "./stats";

const SECONDS = Number(process.env.BENCH_INGEST_SECONDS) || 20;
const CONCURRENCY = Number(process.env.BENCH_INGEST_CONCURRENCY) || 8;
const WARMUP_MS = 3_000;
const APPS = 20;
const VISITORS_PER_APP = 1_000;
const BATCH = 100;
const EVENTS_PER_VISITOR = 10;
const names = ["page_view", "page_view", "page_view", "click", "click", "search", "add_to_cart", "signup"];

let sequence = 0;

/** One SDK-shaped batch body for app `a`: 10 visitors, 10 events each, timestamps just now. */
function batchBody(a: number, writeKey: string): string {
  const now = Date.now();
  const messages: string[] = [];
  for (let v = 0; v < BATCH / EVENTS_PER_VISITOR; v++) {
    const visitor = `bench-${a}-${Math.floor(Math.random() * VISITORS_PER_APP)}`;
    for (let e = 0; e < EVENTS_PER_VISITOR; e++) {
      const id = ++sequence;
      messages.push(
        JSON.stringify({
          type: "track",
          event: names[id % names.length],
          anonymousId: visitor,
          messageId: `bench-${process.pid}-${id}`,
          timestamp: new Date(now - (EVENTS_PER_VISITOR - e) * 1000).toISOString(),
          properties: { path: `/page/${id % 40}`, value: id % 97 },
          context: { library: { name: "@segment/analytics-node", version: "3.1.0" }, ip: "127.0.0.1" },
          integrations: {},
          _metadata: { jsRuntime: "node" },
        }),
      );
    }
  }
  return `{"batch":[${messages.join(",")}],"writeKey":"${writeKey}","sentAt":"${new Date(now).toISOString()}"}`;
}

const dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-ingest-bench-"));
const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
const sql = postgres(database.url, { prepare: false, max: 1, onnotice: () => {} });
let exitCode = 0;
try {
  await migrateDatabase(database.url);
  await sql`insert into "user" (id, name, email, email_verified, role, created_at, updated_at)
            values ('bench_owner', 'Bench owner', 'bench@example.test', true, 'user', now(), now())`;
  const keys = Array.from({ length: APPS }, (_, a) => `sk_bench_${a}_${Math.random().toString(36).slice(2)}`);
  await sql`insert into tracked_apps (owner_id, name, api_key) select 'bench_owner', 'Bench ' || k, k from unnest(${keys}::text[]) k`;

  await ensureBuild(process.argv.includes("--build"));
  process.env.INGEST_RATE_LIMIT = "10000000";
  const server = await startNextServer(database.url);
  try {
    const url = `${server.baseUrl}/api/ingest/v1/batch`;
    const latencies: number[] = [];
    let accepted = 0;
    let failures = 0;
    const started = performance.now();
    const measureFrom = started + WARMUP_MS;
    const stopAt = measureFrom + SECONDS * 1000;
    let measuredEvents = 0;

    async function client(index: number) {
      for (let i = 0; performance.now() < stopAt; i++) {
        const a = (index + i * CONCURRENCY) % APPS;
        const body = batchBody(a, keys[a]);
        const sent = performance.now();
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Basic ${Buffer.from(`${keys[a]}:`).toString("base64")}` },
          body,
        });
        const result = (await response.json()) as { accepted?: number };
        const done = performance.now();
        if (response.status !== 200) {
          failures += 1;
          continue;
        }
        accepted += result.accepted ?? 0;
        if (sent >= measureFrom && done <= stopAt) {
          latencies.push(done - sent);
          measuredEvents += result.accepted ?? 0;
        }
      }
    }
    console.log(`ingest bench: ${CONCURRENCY} clients × batches of ${BATCH}, ${SECONDS} s after a ${WARMUP_MS / 1000} s warm-up…`);
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => client(i)));

    const [{ events, sessions, open }] = await sql<{ events: number; sessions: number; open: number }[]>`
      select (select count(*)::int from events) as events, (select count(*)::int from sessions) as sessions,
             (select count(*)::int from sessions where ended_at is null) as open`;
    const rate = Math.round(measuredEvents / SECONDS);
    console.log(`  events/s        ${rate.toLocaleString("en-US")} (sustained over ${SECONDS} s, ${latencies.length} batches)`);
    console.log(`  batch p50 / p95 ${percentile(latencies, 0.5)} / ${percentile(latencies, 0.95)} ms`);
    console.log(`  stored          ${events.toLocaleString("en-US")} events (accepted ${accepted.toLocaleString("en-US")}), ${sessions.toLocaleString("en-US")} sessions (${open} open), ${failures} failed requests`);
    if (events !== accepted || failures > 0) {
      console.error("  MISMATCH: stored events differ from accepted ones, or requests failed");
      exitCode = 1;
    }
  } finally {
    await server.stop();
  }
} finally {
  await sql.end();
  await database.stop();
}
process.exit(exitCode);
