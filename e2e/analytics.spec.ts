import { expect, test } from "@playwright/test";
import { signInAs } from "./support/logins";

const appName = `E2E Analytics ${Date.now()}`;

// Not yet seen passing (issue #12 stays open): written on a starved machine, it timed out there.
// The ingest, key and funnel behaviour it walks through is covered by lib/analytics/**/*.test.ts.
test.fixme("an admin creates an app, sees its key once, sends events with it, finds them and reads a funnel's conversion", async ({ page }) => {
  test.slow(); // several server round trips and page loads
  await signInAs(page, "admin");
  await page.goto("/analytics/apps");
  await page.getByRole("button", { name: "New app" }).click();
  const form = page.getByRole("dialog");
  await form.getByLabel("Name").fill(appName);
  await form.getByRole("combobox", { name: "Owner" }).click();
  await page.getByRole("combobox", { name: "Search Owner" }).fill("Ada");
  await page.getByRole("option", { name: /Ada Admin/ }).click();
  await form.getByRole("button", { name: "Create app" }).click();

  // Shown once, in a dialog.
  const key = (await page.getByTestId("ingest-key").textContent())!.trim();
  expect(key).toMatch(/^sk_live_/);
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page).toHaveURL(/\/analytics\/apps\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  const appId = page.url().split("/").at(-1)!;
  await expect(page.getByTestId("masked-key")).toHaveText(`••••${key.slice(-4)}`);

  // Nowhere afterwards: not in the app page's HTML and RSC payload, not in the audit log.
  const html = await (await page.request.get(`/analytics/apps/${appId}`)).text();
  const rsc = await (await page.request.get(`/analytics/apps/${appId}`, { headers: { RSC: "1" } })).text();
  const audit = await (await page.request.get(`/audit`)).text();
  for (const body of [html, rsc, audit]) expect(body).not.toContain(key);

  // Four visitors view a page, two of them sign up: 50 % conversion.
  const now = Date.now();
  const batch = ["a", "b", "c", "d"].flatMap((v, i) => [
    { type: "page", name: "Home", anonymousId: `e2e-${v}-${now}`, messageId: `e2e-${v}-1-${now}`, timestamp: new Date(now - 60_000 + i).toISOString() },
    ...(i < 2 ? [{ type: "track", event: "signup", anonymousId: `e2e-${v}-${now}`, messageId: `e2e-${v}-2-${now}`, timestamp: new Date(now - 30_000 + i).toISOString() }] : []),
  ]);
  const response = await page.request.post("/api/ingest/v1/batch", {
    headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString("base64")}` },
    data: { batch },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ success: true, accepted: 6 });

  await page.goto(`/analytics/events?app=${appId}`);
  await expect(page.getByRole("link", { name: `e2e-a-${now}` }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "signup" })).toHaveCount(2);

  await page.goto(`/analytics/apps/${appId}`);
  await page.getByRole("button", { name: "New funnel" }).click();
  const builder = page.getByRole("dialog");
  await builder.getByLabel("Name").fill("Home to sign-up");
  await builder.getByLabel("Step 1").selectOption("page_view");
  await builder.getByLabel("Step 2").selectOption("signup");
  await builder.getByRole("button", { name: "Create funnel" }).click();
  await expect(page).toHaveURL(/\/analytics\/funnels\/[0-9a-f-]{36}/, { timeout: 30_000 });
  await expect(page.getByTestId("conversion-1")).toHaveText("100.0%");
  await expect(page.getByTestId("conversion-2")).toHaveText("50.0%");
});

// Not yet seen passing either; support's keyless view is covered by lib/analytics/apps/actions.test.ts.
test.fixme("support reads analytics but sees no key at all", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/analytics/apps");
  await expect(page.getByRole("button", { name: "New app" })).toHaveCount(0);
  await expect(page.getByText(/••••/)).toHaveCount(0);
});
