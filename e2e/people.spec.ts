import { expect, test } from "@playwright/test";
import { formAlert, signIn, signInAs } from "./support/logins";

test("users grid state lives in the URL and survives a reload", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/people/users?role=finance,support&sort=email.asc&size=10");
  const grid = page.getByRole("table");
  await expect(grid.getByRole("row")).toHaveCount(3); // header + support + finance
  await page.reload();
  await expect(page).toHaveURL(/role=finance(%2C|,)support/);
  await expect(grid.getByRole("row")).toHaveCount(3);
  await expect(grid.getByRole("row").nth(1)).toContainText("finance@switchboard.dev");
  await expect(grid.getByRole("row").nth(2)).toContainText("support@switchboard.dev");
});

test("malformed grid parameters are ignored, never an error page", async ({ page }) => {
  await signInAs(page, "support");
  const response = await page.goto("/people/users?page=-3&size=5000&sort=password.asc&role=superuser&created=yesterday");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row").nth(1)).toBeVisible();
});

test("an admin creates a staff user who can then sign in with their role", async ({ page, browser }) => {
  await signInAs(page, "admin");
  await page.goto("/people/users");
  await page.getByRole("button", { name: "New staff user" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Priya Finance");
  await dialog.getByLabel("Email").fill("priya@switchboard.dev");
  await dialog.getByLabel("Password").fill("priya-password");
  await dialog.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: "finance" }).click();
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { name: "Priya Finance" })).toBeVisible();

  const fresh = await browser.newPage();
  await signIn(fresh, "priya@switchboard.dev", "priya-password");
  await expect(fresh.getByRole("heading", { name: "Overview" })).toBeVisible();
  await fresh.getByRole("button", { name: /account menu/i }).click();
  await expect(fresh.getByTestId("current-role")).toHaveText("finance");
  await fresh.close();
});

test("creating a staff user with bad input flags the fields and creates nothing", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/people/users");
  await page.getByRole("button", { name: "New staff user" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email").fill("admin@switchboard.dev");
  await dialog.getByLabel("Password").fill("short");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(dialog.getByText("Enter the person's name.")).toBeVisible();
  await expect(dialog.getByText("Use at least 8 characters.")).toBeVisible();
  await dialog.getByLabel("Name").fill("Duplicate Admin");
  await dialog.getByLabel("Password").fill("long-enough-password");
  await dialog.getByRole("button", { name: "Create" }).click();
  await expect(dialog.getByText("A user with this email already exists.")).toBeVisible();
});

test("a banned user cannot sign in, and support cannot ban staff", async ({ page, browser }) => {
  await signInAs(page, "support");
  await page.goto("/people/users?q=user@switchboard.dev");
  await page.getByRole("link", { name: "Eve Enduser" }).click();
  await page.getByRole("button", { name: "Ban…" }).click();
  await page.getByRole("dialog").getByLabel("Reason").fill("Abusive messages to staff");
  await page.getByRole("dialog").getByRole("button", { name: "Ban user" }).click();
  await expect(page.getByText("Abusive messages to staff")).toBeVisible();

  const fresh = await browser.newPage();
  await signIn(fresh, "user@switchboard.dev", "user-password");
  await expect(formAlert(fresh)).toContainText(/banned/i);
  await fresh.close();

  await page.getByRole("button", { name: "Unban" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Unban" }).click();
  await expect(page.getByText("Not banned.")).toBeVisible();

  // Staff accounts show support no ban control at all.
  await page.goto("/people/users?q=finance@switchboard.dev");
  await page.getByRole("link", { name: "Fin Finance" }).click();
  await expect(page.getByRole("heading", { name: "Fin Finance" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ban…" })).toHaveCount(0);
});

test("every change shows up in the audit log with before and after", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/people/users?q=support@switchboard.dev");
  await page.getByRole("link", { name: "Sam Support" }).click();
  await page.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: "finance" }).click();
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByText("Role changed to finance.")).toBeVisible();
  await page.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: "support" }).click();
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByText("Role changed to support.")).toBeVisible();

  await page.goto("/audit?action=set-role");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("admin@switchboard.dev");
  await expect(rows.nth(1)).toContainText("role: finance → support");
  await expect(rows.nth(2)).toContainText("role: support → finance");
});

test("the users grid works from the keyboard: search, sort, open a row", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/people/users");
  await page.waitForLoadState("networkidle"); // typed before hydration, keys would be lost
  await page.getByRole("searchbox", { name: "Search" }).focus();
  await page.keyboard.type("switchboard.dev", { delay: 40 });
  await expect(page).toHaveURL(/q=switchboard\.dev/);
  const bodyRows = page.getByRole("table").getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(bodyRows.filter({ hasNotText: "switchboard.dev" })).toHaveCount(0);
  await expect(bodyRows.filter({ hasText: "Eve Enduser" })).toHaveCount(1);

  const nameSort = page.getByRole("button", { name: "Name" });
  await nameSort.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=name\.asc/);
  await expect(page.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByRole("table").getByRole("row").nth(1)).toContainText("Ada Admin");

  await page.getByRole("link", { name: "Ada Admin" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Ada Admin" })).toBeVisible();
});
