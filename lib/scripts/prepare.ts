// Shared by the dev/start/db scripts: bring the database up, migrate, seed, then run Next.
import { spawn } from "node:child_process";
import { resolveAuthSecret, resolveDatabase } from "@/lib/db/local-database";
import { emptyDatabase, migrateDatabase } from "@/lib/db/migrate";
import { demoLogins } from "@/lib/db/seed/staff";

export async function prepareDatabase(opts: { seed: boolean; reset?: boolean }) {
  const started = Date.now();
  const { url, embedded } = await resolveDatabase();
  process.env.DATABASE_URL = url;
  if (opts.reset) await emptyDatabase(url);
  await migrateDatabase(url);
  if (opts.seed) {
    const { db, closeDatabase } = await import("@/lib/db/client");
    const { seedDatabase } = await import("@/lib/db/seed");
    await seedDatabase(db);
    await closeDatabase();
  }
  console.log(`database ready in ${Date.now() - started} ms (${embedded ? "embedded PostgreSQL in .data/pg" : "DATABASE_URL"})`);
  const env = {
    ...process.env,
    DATABASE_URL: url,
    BETTER_AUTH_SECRET: resolveAuthSecret(),
    BETTER_AUTH_URL: process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  return { env, stop: async () => embedded?.stop() };
}

export function printLogins() {
  console.log("\nStaff logins (demo data):");
  for (const l of demoLogins) console.log(`  ${l.role.padEnd(8)} ${l.email.padEnd(26)} ${l.password}`);
  console.log("");
}

/** Runs `next <args>` in the foreground; stops the embedded database when it exits. */
export function runNext(args: string[], env: NodeJS.ProcessEnv, stop: () => Promise<void>) {
  runChild(["node_modules/next/dist/bin/next", ...args], env, stop);
}

/** Serves the production build with the console's server (lib/scripts/serve.ts: knows socket addresses). */
export function runServer(env: NodeJS.ProcessEnv, stop: () => Promise<void>) {
  runChild(["node_modules/tsx/dist/cli.mjs", "lib/scripts/serve.ts"], env, stop);
}

function runChild(args: string[], env: NodeJS.ProcessEnv, stop: () => Promise<void>) {
  const child = spawn(process.execPath, args, { stdio: "inherit", env });
  const shutdown = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  child.on("exit", async (code) => {
    await stop();
    process.exit(code ?? 0);
  });
}
