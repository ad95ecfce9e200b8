// vitest: one throwaway embedded PostgreSQL for the whole run, migrated and seeded with staff logins.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-test-"));
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  await migrateDatabase(database.url);
  project.provide("databaseUrl", database.url);
  return () => database.stop();
}
