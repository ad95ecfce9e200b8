// One postgres-js client per process. The production target is Neon's pooled endpoint (PgBouncer
// in transaction mode), which shapes two settings:
// - prepare: false — prepared statements do not survive a pooled connection.
// - max_pipeline: 0 — no query is written while another is in flight. With prepare: false a query
//   with parameters goes out as Parse/Describe/Flush (its Bind/Execute/Sync follow once the
//   parameter types are known). Pipelined behind another query's Sync, PgBouncer 1.18 hands the
//   server back to its pool at that query's ReadyForQuery and drops the Describe's answer ("got
//   packet '1' from server when not linked"): the connection waits forever. lib/db/begin.ts gives
//   such a client its transactions.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { withSerialBegin } from "./begin";
import * as schema from "./schema";

function intFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The pool's settings. */
function clientOptions() {
  return {
    prepare: false,
    max_pipeline: 0,
    max: intFromEnv("DB_POOL_MAX", 10),
    idle_timeout: intFromEnv("DB_IDLE_TIMEOUT", 20),
    connect_timeout: intFromEnv("DB_CONNECT_TIMEOUT", 10),
    onnotice: () => {},
  };
}

/** A client with the console's settings; `overrides` for a probe or a test (lib/db/pgbouncer.test.ts). */
export function connectClient(url: string, overrides: postgres.Options<Record<string, never>> = {}) {
  return withSerialBegin(postgres(url, { ...clientOptions(), ...overrides }));
}

function createClient() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start the console with `npm run dev` (embedded database) or set it.");
  }
  return connectClient(url);
}

function createDatabase(client: ReturnType<typeof createClient>) {
  return drizzle({ client, schema });
}

type Client = ReturnType<typeof createClient>;
export type Database = ReturnType<typeof createDatabase>;

// Survives dev-server hot reloads, so a reload never opens a second pool.
const globalForDb = globalThis as unknown as { switchboardSql?: Client; switchboardDb?: Database };

function connection() {
  globalForDb.switchboardSql ??= createClient();
  globalForDb.switchboardDb ??= createDatabase(globalForDb.switchboardSql);
  return { sql: globalForDb.switchboardSql, db: globalForDb.switchboardDb };
}

// Created on first use, not at import: `next build` imports route modules without a database.
function lazy<T extends object>(get: () => T): T {
  return new Proxy({} as T, {
    get: (_, key) => {
      const target = get();
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export const db: Database = lazy(() => connection().db);

/**
 * Drops the pool without waiting (the next query opens a new one): after the database came back,
 * so no connection that lived through the outage answers a query with that outage's error.
 */
export function replacePool() {
  void globalForDb.switchboardSql?.end({ timeout: 0 });
  globalForDb.switchboardSql = undefined;
  globalForDb.switchboardDb = undefined;
}

/** Closes the pool (scripts call this before they exit). */
export async function closeDatabase() {
  await globalForDb.switchboardSql?.end();
  globalForDb.switchboardSql = undefined;
  globalForDb.switchboardDb = undefined;
}
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
