// The shipped artifact under test: a fresh embedded PostgreSQL (kept on disk, so it can be stopped
// and started again), migrated and seeded, behind the standalone output's server (serve.mjs, as in
// the Docker image). For the load test (lib/scripts/load.ts) and the outage spec. Relative imports
// only: Playwright loads this file too.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded";

/** Where `npm run build` leaves the standalone output (lib/scripts/package-standalone.ts completes it). */
export const standaloneDir = path.join(process.env.NEXT_DIST_DIR ?? ".next", "standalone");

/** One standalone server process (serve.mjs, as in the Docker image). */
export type StandaloneServer = {
  baseUrl: string;
  server: ChildProcess;
  /** Every line the server wrote to stdout (its JSON log lines among them). */
  output: string[];
  signIn: (email: string, password: string) => Promise<string>;
  stop: () => Promise<void>;
};

export type ProductionStack = StandaloneServer & { databaseUrl: string; database: EmbeddedDatabase };

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", resolve)));
}

export async function startProductionStack(opts: { port: number; env?: Record<string, string> }): Promise<ProductionStack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-stack-"));
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: true });
  const removeDatabase = async () => {
    await database.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Migrate + seed the way `npm run db:seed` does against a DATABASE_URL.
  const env = { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" };
  const seed = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "lib/scripts/db.ts", "seed"], { env, stdio: ["ignore", "ignore", "inherit"] });
  if ((await exited(seed)) !== 0) throw new Error("migrating and seeding the stack's database failed");
  const server = await startStandaloneServer({ databaseUrl: database.url, ...opts }).catch(async (error) => {
    await removeDatabase();
    throw error;
  });
  return { ...server, databaseUrl: database.url, database, stop: async () => (await server.stop(), await removeDatabase()) };
}

/**
 * A standalone server on a database that is already migrated and seeded — a stack's first
 * instance, or another one beside it (several instances behind a load balancer).
 */
export async function startStandaloneServer(opts: { databaseUrl: string; port: number; env?: Record<string, string> }): Promise<StandaloneServer> {
  const baseUrl = `http://localhost:${opts.port}`;
  // Sign-in stays one step (STAFF_2FA=optional) for the load and outage runs; e2e/two-factor.spec.ts proves enforcement.
  const server = spawn(process.execPath, ["serve.mjs"], {
    cwd: standaloneDir,
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      STAFF_2FA: "optional",
      ...opts.env,
      PORT: String(opts.port),
      BETTER_AUTH_SECRET: "stack-secret-stack-secret-stack-secret-1",
      BETTER_AUTH_URL: baseUrl,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const output: string[] = [];
  let rest = "";
  server.stdout!.on("data", (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split("\n");
    rest = lines.pop()!;
    output.push(...lines);
  });

  const stop = async () => {
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      await exited(server);
    }
  };
  const deadline = Date.now() + 60_000;
  while (!(await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false))) {
    if (server.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the standalone server did not become ready (exit code ${server.exitCode})`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  async function signIn(email: string, password: string): Promise<string> {
    const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
    return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  }

  return { baseUrl, server, output, signIn, stop };
}
