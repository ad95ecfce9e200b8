// One postgres-js client per process. prepare:false because the production target is
// Neon's pooled endpoint (PgBouncer transaction mode), where prepared statements break.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

function intFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The pool's settings (lib/db/pgbouncer.test.ts runs them through PgBouncer in transaction mode). */
export function clientOptions() {
  return {
    prepare: false,
    max: intFromEnv("DB_POOL_MAX", 10),
    idle_timeout: intFromEnv("DB_IDLE_TIMEOUT", 20),
    connect_timeout: intFromEnv("DB_CONNECT_TIMEOUT", 10),
    onnotice: () => {},
  };
}

function createClient() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start the console with `npm run dev` (embedded database) or set it.");
  }
  return postgres(url, clientOptions());
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

/** Closes the pool (scripts call this before they exit). */
export async function closeDatabase() {
  await globalForDb.switchboardSql?.end();
  globalForDb.switchboardSql = undefined;
  globalForDb.switchboardDb = undefined;
}
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
