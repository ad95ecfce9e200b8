// The shipped artifact (the standalone output's serve.mjs, as in the Docker image) against a fresh
// database: sign-in, health, log lines — and the database stopped for 10 s under load, then started
// again, with the same server process serving on.
import { expect, test, type Page } from "@playwright/test";
import postgres from "postgres";
import { freePort } from "../lib/db/embedded";
import { demoLogins } from "../lib/db/seed/staff";
import { runLoad } from "../lib/load/run";
import { startProductionStack, startStandaloneServer, type ProductionStack } from "../lib/scripts/production-stack";
import { callServerAction } from "./support/server-actions";

test.describe.configure({ mode: "serial" });

const admin = demoLogins.find((l) => l.role === "admin")!;
let stack: ProductionStack;

test.beforeAll(async () => {
  test.setTimeout(180_000); // a fresh database: initdb, migrations, seed
  stack = await startProductionStack({ port: await freePort() });
});
test.afterAll(async () => stack?.stop());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const health = () => fetch(`${stack.baseUrl}/api/health`).then(async (r) => ({ status: r.status, body: await r.json() }));
const logLines = (kind: string) => stack.output.filter((l) => l.startsWith("{")).map((l) => JSON.parse(l)).filter((l) => l.kind === kind);

function createCompany(page: Page, name: string) {
  return callServerAction(page, { file: "lib/crm/companies/actions.ts", name: "createCompany", from: `${stack.baseUrl}/sales/companies`, args: [{ name, domain: "" }] });
}

test("the standalone server signs in on a fresh database, answers health and logs each request and action", async ({ page }) => {
  expect(await health()).toEqual({ status: 200, body: { status: "ready", database: "up", migration: expect.stringMatching(/^\d{4}_/), expectedMigration: expect.any(String) } });
  const ready = await health();
  expect(ready.body.migration).toBe(ready.body.expectedMigration);

  await page.goto(`${stack.baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: new RegExp(`^${admin.name}\\s*, account menu$`) })).toBeVisible();

  const response = await page.request.get(`${stack.baseUrl}/people/users?q=secret-term`, { headers: { "x-request-id": "lb-trace-42" } });
  expect(response.headers()["x-request-id"]).toBe("lb-trace-42");
  expect(await createCompany(page, "Logged Co")).toMatchObject({ status: 200 });

  await expect.poll(() => logLines("request").find((l) => l.requestId === "lb-trace-42")).toMatchObject({ staffId: admin.id, method: "GET", path: "/people/users", status: 200, durationMs: expect.any(Number) });
  expect(logLines("action").find((l) => l.action === "company.create")).toMatchObject({ staffId: admin.id, outcome: "ok", requestId: expect.any(String), durationMs: expect.any(Number) });
  const everything = stack.output.join("\n");
  expect(everything).not.toContain("secret-term");
  expect(everything).not.toContain(admin.email);
  expect(everything).not.toContain(admin.password);
  expect(everything).not.toMatch(/better-auth\.session_token=/);
});

// Two instances behind a load balancer share one database and nothing else: the limits count there.
// (lib/auth/sign-in-limits.ts: 10 failed sign-ins per account; lib/actions/define-action.ts: a
// sensitive action 20 times a minute per staff member.) Per process they would allow twice as many.
test("two instances on one database hold one sign-in limit and one sensitive-action limit between them", async ({ page }) => {
  test.setTimeout(120_000);
  const second = await startStandaloneServer({ databaseUrl: stack.databaseUrl, port: await freePort() });
  try {
    const instances = [stack.baseUrl, second.baseUrl];
    const signIn = (baseUrl: string, email: string, password: string) =>
      fetch(`${baseUrl}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: baseUrl }, body: JSON.stringify({ email, password }) }).then((r) => r.status);

    const support = demoLogins.find((l) => l.role === "support")!;
    const failures: number[] = [];
    for (let i = 0; i < 10; i++) failures.push(await signIn(instances[i % 2], support.email, "not-the-password"));
    expect(failures).toEqual(Array(10).fill(401));
    // The eleventh attempt, right password or not, is refused on either instance.
    expect([await signIn(instances[0], support.email, support.password), await signIn(instances[1], support.email, support.password)]).toEqual([429, 429]);

    // A sensitive action (unban) on a user that does not exist: each attempt counts, none writes.
    const cookie = await stack.signIn(admin.email, admin.password);
    await page.context().addCookies(cookie.split("; ").flatMap((pair) => instances.map((url) => ({ name: pair.split("=")[0], value: pair.slice(pair.indexOf("=") + 1), url }))));
    const unban = (baseUrl: string) =>
      callServerAction(page, { file: "lib/people/actions.ts", name: "unbanUser", from: `${baseUrl}/people/users`, args: [{ userId: "00000000-0000-4000-8000-000000000000" }] }).then((r) => r.body);
    const answers: string[] = [];
    for (let i = 0; i < 21; i++) answers.push(await unban(instances[i % 2]));
    const outcomes = answers.map((body) => (body.includes("Too many attempts") ? "limited" : body.includes("That user no longer exists") ? "missing" : body));
    expect(outcomes).toEqual([...Array(20).fill("missing"), "limited"]);
    expect(await unban(instances[1])).toContain("Too many attempts");

    // Better Auth's own limiter (lib/auth/auth.ts: customStorage) counts there as well.
    const before = await authLimiterHits("/get-session");
    for (const baseUrl of [...instances, ...instances]) expect((await fetch(`${baseUrl}/api/auth/get-session`, { headers: { cookie } })).status).toBe(200);
    expect(await authLimiterHits("/get-session")).toBe(before + 4);
  } finally {
    await second.stop();
  }
});

test("with load running, the database stops for 10 s and comes back: 503 pages, actions that change nothing, then normal service from the same process", async ({ page }) => {
  test.setTimeout(150_000);
  const cookie = await stack.signIn(admin.email, admin.password);
  await page.context().addCookies(cookie.split("; ").map((pair) => ({ name: pair.split("=")[0], value: pair.slice(pair.indexOf("=") + 1), url: stack.baseUrl })));
  const pid = stack.server.pid;
  const companiesBefore = await countCompanies("Outage Co");

  const load = runLoad({ url: `${stack.baseUrl}/people/users`, connections: 4, seconds: 50, cookie });
  await sleep(3000);
  const stoppedAt = Date.now();
  await stack.database.stop();

  // During the outage: health and pages say so with a 503; an action says nothing was changed.
  await expect.poll(async () => (await health()).body, { timeout: 5000 }).toEqual({ status: "not-ready", database: "down", migration: null, expectedMigration: expect.any(String) });
  const down = await page.goto(`${stack.baseUrl}/people/users`);
  expect(down?.status()).toBe(503);
  await expect(page.getByRole("heading", { name: "Database unavailable" })).toBeVisible();
  await expect(page.getByText("Nothing was changed.")).toBeVisible();
  await page.goto("about:blank"); // the 503 page reloads itself every 5 s: leave it before navigating on
  const refused = await createCompany(page, "Outage Co");
  expect(refused.body).toContain("The database is unavailable right now. Nothing was changed");
  const exportDown = await exportUsers(cookie);
  expect([exportDown.status, exportDown.headers.get("retry-after")]).toEqual([503, "5"]);
  expect(await exportDown.json()).toEqual({ error: expect.stringContaining("The database is unavailable right now") });
  // Better Auth's own endpoints and the Polar webhook say so too (Polar delivers again later).
  for (const down of [
    await fetch(`${stack.baseUrl}/api/auth/get-session`, { headers: { cookie } }),
    await fetch(`${stack.baseUrl}/api/webhooks/polar`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
  ]) {
    expect([down.status, down.headers.get("retry-after")]).toEqual([503, "5"]);
  }

  await sleep(Math.max(0, stoppedAt + 10_000 - Date.now()));
  await stack.database.start();
  const startedAt = Date.now();

  // Afterwards the same process serves normally: health, the page (its reload of itself), actions.
  // (PostgreSQL itself takes a few seconds to accept connections again on a busy 2-core machine.)
  await expect.poll(async () => (await health()).status, { timeout: 30_000 }).toBe(200);
  const recovered = Date.now();
  const up = await page.goto(`${stack.baseUrl}/people/users`);
  expect(up?.status()).toBe(200);
  await expect(page.getByRole("cell", { name: /Ada Admin/ }).first()).toBeVisible();
  expect(await createCompany(page, "After Outage Co")).toMatchObject({ status: 200 });
  expect((await exportUsers(cookie)).status).toBe(200);
  expect(stack.server.exitCode).toBeNull();
  expect(stack.server.pid).toBe(pid);

  // Nothing half-written: the refused create left no company and no audit row; the later one left one of each.
  expect(await countCompanies("Outage Co")).toBe(companiesBefore);
  expect(await countCompanies("After Outage Co")).toBe(1);
  expect(logLines("action").filter((l) => l.action === "company.create").map((l) => l.outcome)).toEqual(["ok", "unavailable", "ok"]);

  // The load saw 200s before the stop and after recovery, and 503s in between — no other status.
  const { samples, errors } = await load;
  const before = samples.filter((s) => s.at < stoppedAt);
  const during = samples.filter((s) => s.at > stoppedAt + 1000 && s.at < startedAt);
  const after = samples.filter((s) => s.at > recovered + 1000);
  console.log(`outage load: ${samples.length} responses, statuses ${JSON.stringify(count(samples))}; before ${JSON.stringify(count(before))}, during ${JSON.stringify(count(during))}, after ${JSON.stringify(count(after))}; errors ${errors}; recovered ${recovered - startedAt} ms after start`);
  expect(errors).toBe(0);
  expect(count(before)).toEqual({ 200: before.length });
  expect(count(during)).toEqual({ 503: during.length });
  expect(count(after)).toEqual({ 200: after.length });
  expect(during.length).toBeGreaterThan(0);
  expect(after.length).toBeGreaterThan(0);
  // At the moment of the stop, requests in flight may fail: at most one per connection.
  const transition = samples.filter((s) => s.at >= stoppedAt && s.at <= stoppedAt + 1000 && s.status !== 503 && s.status !== 200);
  expect(transition.length).toBeLessThanOrEqual(4);
});

/** Hits Better Auth's limiter has counted for `path` in its current window, from any address. */
async function authLimiterHits(path: string): Promise<number> {
  const sql = postgres(stack.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select coalesce(sum(hits), 0)::int as n from console_rate_limits where key like 'auth:%' and key like ${"%" + path}`;
    return row.n;
  } finally {
    await sql.end();
  }
}

function exportUsers(cookie: string) {
  return fetch(`${stack.baseUrl}/api/export/users`, { headers: { cookie } });
}

function count(samples: { status: number }[]) {
  const counts: Record<number, number> = {};
  for (const s of samples) counts[s.status] = (counts[s.status] ?? 0) + 1;
  return counts;
}

async function countCompanies(name: string): Promise<number> {
  const sql = postgres(stack.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`
      select count(*)::int as n from companies c
      where c.name = ${name}
        and exists (select 1 from audit_log a where a.resource = 'company' and a.action = 'create' and a.resource_id = c.id::text)`;
    const [all] = await sql`select count(*)::int as n from companies where name = ${name}`;
    // A company without its audit row would be half-written.
    expect(all.n).toBe(row.n);
    return row.n;
  } finally {
    await sql.end();
  }
}
