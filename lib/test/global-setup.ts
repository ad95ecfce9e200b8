// vitest: one throwaway migrated PostgreSQL for the whole run, in a child process of its own.
// THROUGH_PGBOUNCER=1 (npm run test:pgbouncer) puts PgBouncer in transaction mode in front of it,
// and the tests' pool has one connection (DB_POOL_MAX=1): Neon's pooled endpoint, serverless.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { TestProject } from "vitest/node";
import { freePort } from "@/lib/db/free-port";
import { startPgBouncer } from "@/lib/db/pgbouncer";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    throughPgBouncer: boolean;
  }
}

export default async function setup(project: TestProject) {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "lib/scripts/throwaway-database.ts"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`test database exited early (code ${code})`)));
  });
  const databaseUrl: string = JSON.parse(firstLine).url;
  const bouncer = process.env.THROUGH_PGBOUNCER === "1" ? await startPgBouncer(databaseUrl, await freePort()) : null;
  project.provide("databaseUrl", bouncer?.url ?? databaseUrl);
  project.provide("throughPgBouncer", bouncer !== null);
  return async () => {
    bouncer?.stop();
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.stdin.end();
    await exited;
  };
}
