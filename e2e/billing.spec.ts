import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { signInAs } from "./support/logins";
import { callServerAction } from "./support/server-actions";

/** Minimal RFC 4180 reader for the export (quoted cells, doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (quoted || char !== "\r") {
      cell += char;
    }
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

// The organization page and a 100-row grid are the heaviest pages of the area: give them room on a busy machine.
test.slow();

const cents = (money: string) => Math.round(Number(money.replace(/[$,]/g, "")) * 100);

async function openFirstOrganization(page: Page) {
  await page.goto("/billing/organizations?sort=name.asc");
  const link = page.getByRole("row").nth(1).getByRole("link").first();
  const name = (await link.textContent())!.trim();
  await page.goto((await link.getAttribute("href"))!);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return name;
}

test("finance reads MRR (the active subscriptions' prices) and exports the past-due subscriptions", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/billing");
  const mrr = (await page.getByRole("region", { name: "MRR", exact: true }).locator('[data-slot="stat-value"]').textContent())!;
  expect(mrr).toMatch(/^\$[\d,]+\.\d{2}$/);

  await page.goto("/billing/subscriptions?status=active&size=100");
  const prices = await page.getByRole("row").evaluateAll((trs) => trs.slice(1).map((tr) => tr.querySelectorAll("td")[4]?.textContent ?? ""));
  expect(prices.length).toBeGreaterThan(0);
  expect(prices.reduce((sum, price) => sum + cents(price), 0)).toBe(cents(mrr));

  await page.getByRole("link", { name: "Past due" }).click();
  await expect(page).toHaveURL(/status=past_due/);
  const organizations = await page.getByRole("row").evaluateAll((trs) => trs.slice(1).map((tr) => tr.querySelector("td")?.textContent ?? ""));
  expect(organizations.length).toBeGreaterThan(0);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^subscriptions-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = parseCsv(await readFile((await download.path())!, "utf8"));
  expect(header.slice(0, 4)).toEqual(["Organization", "Plan", "Price (USD cents / month)", "Status"]);
  expect(rows.every((row) => row[3] === "Past due")).toBe(true);
  expect(rows.map((row) => row[0]).sort()).toEqual([...organizations].sort());
});

test("an admin adds a member on the organization page, and a second add is refused on the field", async ({ page }) => {
  await signInAs(page, "admin");
  await openFirstOrganization(page);
  const members = page.getByRole("region", { name: "Members", exact: true });

  async function addFinance() {
    await members.getByRole("button", { name: "Add member" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox", { name: "User" }).click();
    await page.getByRole("combobox", { name: "Search User" }).fill("finance@switchboard");
    await page.getByRole("option", { name: /finance@switchboard\.dev/ }).click();
    await dialog.getByRole("combobox", { name: "Role" }).click();
    await page.getByRole("option", { name: "Admin" }).click();
    await dialog.getByRole("button", { name: "Add member" }).click();
    return dialog;
  }

  const dialog = await addFinance();
  await expect(page.getByText("Member added.")).toBeVisible();
  await expect(dialog).toHaveCount(0);
  const row = members.getByRole("row").filter({ hasText: "finance@switchboard.dev" });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("combobox", { name: /Role of/ })).toHaveText("Admin");

  const again = await addFinance();
  await expect(again.getByText("This user is already a member of this organization.")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.reload();
  await expect(members.getByRole("row").filter({ hasText: "finance@switchboard.dev" })).toHaveCount(1);
});

test("support sees an organization without controls, and a direct action call is refused", async ({ page }) => {
  await signInAs(page, "support");
  await openFirstOrganization(page);
  const organizationId = page.url().split("/").pop()!;
  const members = page.getByRole("region", { name: "Members", exact: true });
  await expect(members.getByRole("row").nth(1)).toBeVisible();
  for (const name of ["Add member", "Edit organization", "Delete", "Add a manual subscription", "Edit subscription"]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(members.getByRole("combobox", { name: /Role of/ })).toHaveCount(0);

  const result = await callServerAction(page, {
    file: "lib/billing/members/actions.ts",
    name: "addMember",
    from: page.url(),
    args: [{ organizationId, userId: "staff_support", role: "owner" }],
  });
  expect(result.body).toContain("Your role (support) may not create membership records.");
  await page.reload();
  await expect(members.getByRole("row").filter({ hasText: "support@switchboard.dev" })).toHaveCount(0);
});
