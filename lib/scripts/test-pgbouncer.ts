// npm run test:pgbouncer, after the full vitest and Playwright passes (and `npm run build`): part
// of both once more through PgBouncer in transaction mode with one connection per pool
// (THROUGH_PGBOUNCER=1, DB_POOL_MAX=1) — Neon's pooled endpoint on a serverless host. Chosen to
// keep CI short: every action, route handler and /api/auth path × every caller and every action
// fuzzed (lib/security), the client's own PgBouncer tests, the append-only cascades, the route
// handlers and server-rendered pages under app/; Playwright's selection is in playwright.config.ts.
// Skipped, saying so, where PgBouncer is not installed (CI installs it: .ci/run).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pgbouncerBinary } from "@/lib/db/pgbouncer";

if (!existsSync(pgbouncerBinary)) {
  console.log(`test:pgbouncer skipped: no ${pgbouncerBinary} (apt-get install pgbouncer)`);
  process.exit(0);
}

const vitestFiles = ["lib/security", "lib/db/pgbouncer.test.ts", "lib/db/append-only.test.ts", "app/"];
const passes = [
  { name: "vitest", args: ["node_modules/vitest/vitest.mjs", "run", ...vitestFiles] },
  { name: "playwright", args: ["node_modules/@playwright/test/cli.js", "test"] },
];
const env = { ...process.env, THROUGH_PGBOUNCER: "1" };
for (const pass of passes) {
  const started = Date.now();
  const { status } = spawnSync(process.execPath, pass.args, { stdio: "inherit", env });
  console.log(`test:pgbouncer: ${pass.name} through PgBouncer took ${Math.round((Date.now() - started) / 1000)} s`);
  if (status !== 0) process.exit(status ?? 1);
}
