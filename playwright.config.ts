import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// Debian's chromium when present (CI installs it); otherwise Playwright's own browser.
const debianChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  // The pass through PgBouncer (npm run test:pgbouncer, after the full pass) is a few minutes, not
  // the suite: sign-in and the console overview for every role (setup, auth; the hang showed at the
  // first overview), CSP and redirects (security), the 360° page and saved views (support-360), the
  // learning overview, a write and a CSV export (learning-enrollments).
  ...(process.env.THROUGH_PGBOUNCER === "1" ? { testMatch: ["auth.spec.ts", "security.spec.ts", "support-360.spec.ts", "learning-enrollments.spec.ts"] } : {}),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "console", dependencies: ["setup"] },
  ],
  webServer: {
    command: "tsx lib/scripts/e2e-server.ts",
    env: { PORT: String(port) },
    url: `http://localhost:${port}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    // The server's JSON request and action lines would drown the report; its errors still show.
    stdout: "ignore",
  },
});
