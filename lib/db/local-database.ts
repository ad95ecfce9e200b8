// Resolves the database for scripts: DATABASE_URL if set, otherwise the embedded PostgreSQL
// in .data/pg (created, started and kept between runs).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded";

export const DATA_DIR = path.join(process.cwd(), ".data");

export async function resolveDatabase(): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  mkdirSync(DATA_DIR, { recursive: true });
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "pg"), port, persistent: true });
  return { url: embedded.url, embedded };
}

/** BETTER_AUTH_SECRET if set, otherwise one generated once and kept in the git-ignored .data folder. */
export function resolveAuthSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}
