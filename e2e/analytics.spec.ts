import { expect, test } from "@playwright/test";
import { signInAs } from "./support/logins";

const appName = `E2E Analytics ${Date.now()}`;

test("an admin creates an app, sees its key once, sends events with it, finds them and reads a funnel's conversion", async ({ page }) => {
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
  await builder.getByLabel("Step 1", { exact: true }).selectOption("page_view");
  await builder.getByLabel("Step 2", { exact: true }).selectOption("signup");
  await builder.getByRole("button", { name: "Create funnel" }).click();
  await expect(page).toHaveURL(/\/analytics\/funnels\/[0-9a-f-]{36}/, { timeout: 30_000 });
  await expect(page.getByTestId("conversion-1")).toHaveText("100.0%");
  await expect(page.getByTestId("conversion-2")).toHaveText("50.0%");

  // Edit: rename it and make the second step the page view again (everyone converts).
  await page.getByRole("button", { name: "Edit funnel" }).click();
  const editor = page.getByRole("dialog");
  await editor.getByLabel("Name").fill("Home twice");
  await editor.getByLabel("Step 2", { exact: true }).selectOption("page_view");
  await editor.getByRole("button", { name: "Save funnel" }).click();
  await expect(page.getByRole("heading", { name: "Home twice" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("conversion-2")).toHaveText("0.0%"); // a repeated step needs a second event

  // Delete asks first, then goes back to the app, whose funnel list no longer has it.
  await page.getByRole("button", { name: "Delete funnel" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete funnel" }).click();
  await expect(page).toHaveURL(new RegExp(`/analytics/apps/${appId}$`), { timeout: 30_000 });
  await expect(page.getByRole("link", { name: "Home twice" })).toHaveCount(0);

  // The four visitors' sessions are open; the quick filter keeps only open ones.
  await page.goto(`/analytics/sessions?app=${appId}`);
  const grid = page.getByRole("table");
  await expect(grid.getByRole("link", { name: `e2e-a-${now}` })).toBeVisible();
  await expect(grid.getByRole("row").filter({ hasText: "so far" })).toHaveCount(4);
  await page.getByRole("link", { name: "Open only" }).click();
  await expect(page).toHaveURL(/state=open/);
  await expect(grid.getByRole("row").filter({ hasText: "so far" })).toHaveCount(4);
  await grid.getByRole("link", { name: `e2e-a-${now}` }).click();
  await expect(page).toHaveURL(new RegExp(`/analytics/visitors/${appId}/e2e-a-${now}`));
});

test("support reads analytics but sees no key at all", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/analytics/apps");
  await expect(page.getByRole("button", { name: "New app" })).toHaveCount(0);
  await expect(page.getByText(/••••/)).toHaveCount(0);
});
