import { expect, test, type Page } from "@playwright/test";
import { filteredCompletion, filteredPrompt, promptSamples } from "../lib/db/seed/prompts";
import { signInAs } from "./support/logins";

// These pages render charts and grids over the seeded data; on a loaded machine they need more than 30 s in all.
test.describe.configure({ timeout: 120_000 });

/** Every text the demo seed writes into prompt_logs (prompts and completions). */
const seededTexts = [...promptSamples.flatMap((s) => [s.prompt, s.completion]), filteredPrompt, filteredCompletion];
/** Distinctive pieces of them, short enough to survive escaping in HTML and RSC payloads. */
const fragments = seededTexts.map((text) => text.slice(0, 24));

function expectNoPromptText(body: string, where: string) {
  for (const fragment of fragments) expect(body, `${where} must not contain "${fragment}"`).not.toContain(fragment);
}

/** The id of the first log on the prompt logs grid (its row links to the detail page). */
async function firstLogHref(page: Page) {
  await page.goto("/ai/prompt-logs?status=ok");
  const link = page.getByRole("table").getByRole("row").nth(1).getByRole("link").first();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/ai\/prompt-logs\/[0-9a-f-]{36}$/);
  return href!;
}

test("finance sees spend per model and cannot see any prompt text, nor through the export or the detail URL", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/ai/spend");
  const costChart = page.getByRole("group", { name: /Cost per model per day/ });
  await expect(costChart).toBeVisible();
  await costChart.getByRole("tab", { name: "Table" }).click();
  await expect(costChart.getByRole("columnheader", { name: "gpt-4o-mini" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Cost", exact: true })).toContainText("$");
  await expect(page.getByRole("group", { name: "Errors, filtering and latency per model" }).getByRole("row", { name: /gpt-4o/ }).first()).toBeVisible();

  // The grid: no text, and the page says why.
  const href = await firstLogHref(page);
  await expect(page.getByText("what was written to the model is not shown")).toBeVisible();
  expectNoPromptText(await page.content(), "the prompt logs grid");

  // The detail page: facts, but neither the HTML nor the RSC payload carries the text.
  await page.goto(href);
  await expect(page.getByRole("heading", { name: "Prompt log" })).toBeVisible();
  await expect(page.getByText(/visible to admin and support only/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Completion", exact: true })).toHaveCount(0);
  expectNoPromptText(await page.content(), "the detail page");
  const html = await page.request.get(href);
  expectNoPromptText(await html.text(), "the detail page's HTML");
  const rsc = await page.request.get(href, { headers: { RSC: "1" } });
  expect(rsc.status()).toBe(200);
  expectNoPromptText(await rsc.text(), "the detail page's RSC payload");

  // The CSV export of the logs: metadata only.
  const csv = await page.request.get("/api/export/prompt-logs");
  expect(csv.status()).toBe(200);
  const body = await csv.text();
  expect(body.split("\r\n")[0]).toBe("At,User,User email,Model,Status,In flight,Prompt tokens,Completion tokens,Latency (ms),Log id");
  expect(body.split("\r\n").length).toBeGreaterThan(10);
  expectNoPromptText(body, "the prompt logs export");

  // Token usage exports for finance; profiles cannot be changed.
  expect((await page.request.get("/api/export/token-usage")).status()).toBe(200);
  await page.goto("/ai/profiles");
  await expect(page.getByRole("heading", { name: "AI profiles" })).toBeVisible();
  await expect(page.getByRole("button", { name: "New profile" })).toHaveCount(0);
});

test("support opens a prompt log and reads it in full; the audit log shows the view", async ({ page }) => {
  await signInAs(page, "support");
  const href = await firstLogHref(page);
  const logId = href.split("/").at(-1)!;
  await page.getByRole("table").getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page).toHaveURL(href);
  const prompt = page.getByLabel("Prompt", { exact: true });
  await expect(prompt).toBeVisible();
  expect(seededTexts).toContain(await prompt.textContent());
  await expect(page.getByRole("heading", { name: "Metadata" })).toBeVisible();
  await expect(page.getByText("This view of the text was recorded in the audit log.")).toBeVisible();
  // Support may not export the logs at all.
  expect((await page.request.get("/api/export/prompt-logs")).status()).toBe(403);

  await signInAs(page, "admin");
  await page.goto(`/audit?resource=promptLog&q=${logId}`);
  const row = page.getByRole("table").getByRole("row").filter({ hasText: "read-text" }).first();
  await expect(row).toBeVisible();
  await expect(row).toContainText("support@switchboard.dev");
});

test("an admin gives a user a budget and sees it on the profiles grid", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/ai/profiles?budgetUse=over");
  await expect(page.getByRole("link", { name: "Over budget" })).toHaveAttribute("aria-current", "page");
  await page.goto("/ai/profiles?sort=created.desc");
  const first = page.getByRole("table").getByRole("row").nth(1);
  const name = (await first.getByRole("link").first().textContent())!;
  await first.getByRole("button", { name: `Edit the AI profile of ${name}` }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Monthly token budget").fill("-5");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByText("A budget cannot be negative (0 means no budget).")).toBeVisible();
  await dialog.getByLabel("Monthly token budget").fill("0");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(first).toContainText("No budget");
});
