// `npm run bench:ingest`: the ingest endpoint's sustained rate. A throwaway embedded PostgreSQL
// (migrated, 20 tracked apps), the production server (`next start`, building first if there is
// no build) on 127.0.0.1, and CONCURRENCY clients POSTing Segment batches of 100 events — 10
// visitors × 10 events each, SDK-shaped messages with context — to /api/ingest/v1/batch, with
// sessionization on, for BENCH_INGEST_SECONDS (default 20) after a 3 s warm-up. Prints events/s
// and batch latency p50/p95, the CPU each part used per batch (server, PostgreSQL, the bench's own
// clients) and how much of the machine other processes took, then checks what landed. Loopback
// only; stops by itself.
import { mkdtempSync, readFileSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { freePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { loadSnapshot, machineLoad, processTreeCpuMs } from "./cpu";
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

// What @segment/analytics-node 3.1 adds to every message, serialized once.
const sdkFields = JSON.stringify({
  context: { library: { name: "@segment/analytics-node", version: "3.1.0" }, ip: "127.0.0.1" },
  integrations: {},
  _metadata: { jsRuntime: "node" },
}).slice(1, -1);

/**
 * One SDK-shaped batch body for app `a`: 10 visitors, 10 events each, timestamps just now. Built
 * as text (every value is JSON-safe): the load generator shares the 2 cores with the server.
 */
function batchBody(a: number, writeKey: string): string {
  const now = Date.now();
  const messages: string[] = [];
  for (let v = 0; v < BATCH / EVENTS_PER_VISITOR; v++) {
    const visitor = `bench-${a}-${Math.floor(Math.random() * VISITORS_PER_APP)}`;
    for (let e = 0; e < EVENTS_PER_VISITOR; e++) {
      const id = ++sequence;
      const timestamp = new Date(now - (EVENTS_PER_VISITOR - e) * 1000).toISOString();
      messages.push(
        `{"type":"track","event":"${names[id % names.length]}","anonymousId":"${visitor}","messageId":"bench-${process.pid}-${id}",` +
          `"timestamp":"${timestamp}","properties":{"path":"/page/${id % 40}","value":${id % 97}},${sdkFields}}`,
      );
    }
  }
  return `{"batch":[${messages.join(",")}],"writeKey":"${writeKey}","sentAt":"${new Date(now).toISOString()}"}`;
}

/** POST over a kept-alive connection (node:http costs the client less CPU than fetch). */
function post(agent: Agent, url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

const dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-ingest-bench-"));
const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
const sql = postgres(database.url, { prepare: false, max: 1, onnotice: () => {} });
/** The postmaster's pid (first line of postmaster.pid): its process tree is the whole database server. */
const postgresPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
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
    const url = new URL(`${server.baseUrl}/api/ingest/v1/batch`);
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const latencies: number[] = [];
    let accepted = 0;
    let failures = 0;
    const started = performance.now();
    const measureFrom = started + WARMUP_MS;
    const stopAt = measureFrom + SECONDS * 1000;
    let measuredEvents = 0;
    let cpuAtStart = { server: 0, database: 0, bench: 0, load: loadSnapshot() };
    const cpuNow = () => ({ server: processTreeCpuMs(server.pid), database: processTreeCpuMs(postgresPid), bench: processTreeCpuMs(process.pid), load: loadSnapshot() });
    setTimeout(() => (cpuAtStart = cpuNow()), WARMUP_MS);
    let cpuAtStop = cpuAtStart;
    setTimeout(() => (cpuAtStop = cpuNow()), WARMUP_MS + SECONDS * 1000);

    async function client(index: number) {
      for (let i = 0; performance.now() < stopAt; i++) {
        const a = (index + i * CONCURRENCY) % APPS;
        const body = batchBody(a, keys[a]);
        const sent = performance.now();
        const response = await post(agent, url, { "content-type": "application/json", authorization: `Basic ${Buffer.from(`${keys[a]}:`).toString("base64")}` }, body);
        const result = JSON.parse(response.text) as { accepted?: number };
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
    agent.destroy();

    const [{ events, sessions, open }] = await sql<{ events: number; sessions: number; open: number }[]>`
      select (select count(*)::int from events) as events, (select count(*)::int from sessions) as sessions,
             (select count(*)::int from sessions where ended_at is null) as open`;
    const rate = Math.round(measuredEvents / SECONDS);
    const perBatch = (ms: number) => (latencies.length ? (ms / latencies.length).toFixed(2) : "–");
    const serverMs = cpuAtStop.server - cpuAtStart.server;
    const databaseMs = cpuAtStop.database - cpuAtStart.database;
    // The bench process tree holds the server and the database: what is left is the clients.
    const clientMs = cpuAtStop.bench - cpuAtStart.bench - serverMs - databaseMs;
    const load = machineLoad(cpuAtStart.load, cpuAtStop.load);
    console.log(`  events/s        ${rate.toLocaleString("en-US")} (sustained over ${SECONDS} s, ${latencies.length} batches)`);
    console.log(`  batch p50 / p95 ${percentile(latencies, 0.5)} / ${percentile(latencies, 0.95)} ms`);
    console.log(`  CPU per batch   server ${perBatch(serverMs)} ms, PostgreSQL ${perBatch(databaseMs)} ms, bench clients ${perBatch(clientMs)} ms`);
    console.log(`  server + db     ${Math.round(measuredEvents / ((serverMs + databaseMs) / 1000)).toLocaleString("en-US")} events per CPU-second`);
    console.log(`  machine         other processes ${Math.round(load.otherShare * 100)} %, idle ${Math.round(load.idleShare * 100)} % (load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")})`);
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
