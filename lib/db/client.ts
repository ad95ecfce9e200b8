// One postgres-js client per process. prepare:false because the production target is
// Neon's pooled endpoint (PgBouncer transaction mode), where prepared statements break.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

function intFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function createClient() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start the console with `npm run dev` (embedded database) or set it.");
  }
  return postgres(url, {
    prepare: false,
    max: intFromEnv("DB_POOL_MAX", 10),
    idle_timeout: intFromEnv("DB_IDLE_TIMEOUT", 20),
    connect_timeout: intFromEnv("DB_CONNECT_TIMEOUT", 10),
    onnotice: () => {},
  });
}

type Client = ReturnType<typeof createClient>;
// Survives dev-server hot reloads, so a reload never opens a second pool.
const globalForDb = globalThis as unknown as { switchboardSql?: Client };

export const sql: Client = globalForDb.switchboardSql ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.switchboardSql = sql;

export const db = drizzle({ client: sql, schema });
export type Database = typeof db;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
