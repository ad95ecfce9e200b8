// Applies the committed SQL migrations in drizzle/ (idempotent: drizzle records what ran).
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import path from "node:path";
import postgres from "postgres";

export async function migrateDatabase(url: string): Promise<void> {
  const client = postgres(url, { prepare: false, max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle({ client }), { migrationsFolder: path.join(process.cwd(), "drizzle") });
  } finally {
    await client.end();
  }
}

/** Drops every table (the app's and drizzle's migration journal): `db:reset` and fresh test databases. */
export async function emptyDatabase(url: string): Promise<void> {
  const client = postgres(url, { prepare: false, max: 1, onnotice: () => {} });
  try {
    await client.unsafe("drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;");
  } finally {
    await client.end();
  }
}
