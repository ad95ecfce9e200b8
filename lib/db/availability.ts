// Whether PostgreSQL answers, and which migration it has. A probe of its own (one connection, a
// short timeout) so a saturated pool never makes a healthy database look down, and a database that
// is away never holds a request for the pool's connect timeout. proxy.ts asks before serving a page
// (a 503 page instead of a broken one), /api/health asks for the load balancer.
import type postgres from "postgres";
import journal from "@/drizzle/meta/_journal.json";
import { connectClient, replacePool } from "./client";

const probeTimeoutMs = 2000;
const cacheMs = { up: 1000, down: 250 };

/** The newest migration this build ships (drizzle records its `when` as created_at). */
export const expectedMigration = journal.entries[journal.entries.length - 1];

export type DatabaseState = { up: boolean; appliedAt: number | null };

const global = globalThis as unknown as {
  switchboardProbe?: postgres.Sql;
  switchboardProbeState?: { state: DatabaseState; at: number; pending?: Promise<DatabaseState> };
};

function probeClient() {
  global.switchboardProbe ??= connectClient(process.env.DATABASE_URL ?? "", { max: 1, connect_timeout: probeTimeoutMs / 1000 });
  return global.switchboardProbe;
}

async function probe(): Promise<DatabaseState> {
  const query = probeClient()`select max(created_at)::bigint as applied from drizzle.__drizzle_migrations`.then(
    ([row]) => ({ up: true, appliedAt: row?.applied == null ? null : Number(row.applied) }),
    () => ({ up: false, appliedAt: null }),
  );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseState>((resolve) => (timer = setTimeout(() => resolve({ up: false, appliedAt: null }), probeTimeoutMs)));
  const state = await Promise.race([query, timeout]);
  clearTimeout(timer);
  return state;
}

/** The database's state now: probed at most once per second while up, four times a second while down. */
export async function databaseState(): Promise<DatabaseState> {
  const cached = global.switchboardProbeState;
  if (cached && Date.now() - cached.at < cacheMs[cached.state.up ? "up" : "down"]) return cached.state;
  if (cached?.pending) return cached.pending;
  const pending = probe().then((state) => {
    if (state.up && cached && !cached.state.up) replacePool();
    global.switchboardProbeState = { state, at: Date.now() };
    return state;
  });
  global.switchboardProbeState = { state: cached?.state ?? { up: true, appliedAt: null }, at: cached?.at ?? 0, pending };
  return pending;
}

/** Something failed in a way that may be the database: the next caller probes again, whatever the cache says. */
export function probeAgain() {
  const cached = global.switchboardProbeState;
  if (cached && !cached.pending) global.switchboardProbeState = { ...cached, at: 0 };
}

/** A query failed because the database is away: the next page request probes again at once. */
export function noteDatabaseDown() {
  global.switchboardProbeState = { state: { up: false, appliedAt: null }, at: 0 };
}

// postgres-js's connection errors and the server's "shutting down / starting up" answers.
const connectionCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "57P01", "57P02", "57P03"]);

/** Whether an error (or one it was caused by: drizzle and Better Auth wrap the driver's) means the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (connectionCodes.has(code) || code.startsWith("08"))) return true;
    if (e instanceof AggregateError && e.errors.some(isDatabaseUnavailable)) return true;
  }
  return false;
}
