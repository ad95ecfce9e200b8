// The README's first command serves the console with `next dev`, which validates routes on its own
// (Next 16.4's dev server once answered 404 for /sign-in where the build was fine). A fresh database
// and the dev server, as `npm run dev` starts them: the pages outside the console answer.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded";

test.describe.configure({ mode: "serial" });

let dataDir: string;
let database: EmbeddedDatabase;
let server: ChildProcess;
let baseUrl: string;

const exited = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", resolve)));

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-dev-"));
  database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: true });
  const env = { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" };
  const migrate = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "lib/scripts/db.ts", "migrate"], { env, stdio: ["ignore", "ignore", "inherit"] });
  expect(await exited(migrate)).toBe(0);
  const port = await freePort();
  baseUrl = `http://localhost:${port}`;
  // `next dev` builds into .next/dev, apart from the production build the other specs serve.
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "--port", String(port)], {
    env: { ...env, STAFF_2FA: "optional", BETTER_AUTH_SECRET: "dev-check-secret-dev-check-secret-0001", BETTER_AUTH_URL: baseUrl, LOG: "off" },
    stdio: ["ignore", "ignore", "inherit"],
  });
});

test.afterAll(async () => {
  if (server?.exitCode === null) {
    server.kill("SIGTERM");
    await exited(server);
  }
  await database?.stop().catch(() => {});
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test("npm run dev's server answers the sign-in page and the bare 403 page", async ({ page }) => {
  test.setTimeout(180_000);
  // The first request compiles the page: poll until the server is up, then read the real answers.
  await expect.poll(() => fetch(`${baseUrl}/sign-in`).then((r) => r.status, () => 0), { timeout: 150_000, intervals: [1000] }).toBe(200);
  await page.goto(`${baseUrl}/sign-in`);
  await expect(page.getByLabel("Email")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  expect((await fetch(`${baseUrl}/forbidden`)).status).toBe(403);
});
