import { expect, test } from "@playwright/test";
import { supportDemoPerson } from "../lib/db/seed/support-demo";
import { signInAs } from "./support/logins";

// Heavy pages on a shared machine: room for slow server renders.
test.slow();

test("support finds a person with Ctrl+K, sees them across the products on one page, and revokes their sessions there", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/learning/courses");

  // ⌘K from any page, entirely by keyboard: part of the email, arrow to the hit, Enter.
  await page.keyboard.press("Control+K");
  const palette = page.getByRole("dialog", { name: "Search the console" });
  await expect(palette).toBeVisible();
  await page.keyboard.type("riley.rowe@");
  const hit = palette.getByRole("option", { name: new RegExp(supportDemoPerson.name) });
  await expect(palette.getByRole("group", { name: "Users" })).toContainText(supportDemoPerson.email);
  await expect(hit).toBeVisible();
  // The first item is selected; Enter opens it.
  await expect(hit).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`/people/users/${supportDemoPerson.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: supportDemoPerson.name })).toBeVisible();

  // Their organization's subscription, their course progress and their AI spend, on one page.
  const organizations = page.getByRole("region", { name: "Organizations", exact: true });
  await expect(organizations.getByRole("row", { name: /Rowe Analytics/ })).toContainText("Pro");
  await expect(organizations.getByRole("row", { name: /Rowe Analytics/ })).toContainText("Active");
  await expect(organizations.getByRole("row", { name: /Rowe Analytics/ })).toContainText("26,250 of 50,000");
  const learning = page.getByRole("region", { name: "Learning", exact: true });
  await expect(learning.getByRole("table", { name: "Course enrollments" })).toContainText(/4 of \d+ lessons/);
  const ai = page.getByRole("region", { name: "AI", exact: true });
  await expect(ai.getByRole("region", { name: "AI spend this month", exact: true })).toContainText(/\$\d/);
  await expect(ai.getByRole("region", { name: "Tokens this month", exact: true })).toContainText("of 200,000 budget");
  await expect(page.getByRole("region", { name: "Analytics", exact: true })).toContainText("Rowe Dashboard");
  await expect(page.getByRole("region", { name: "Deals", exact: true })).toContainText("Northwind analytics rollout");
  // Support does not read the audit log: no staff-actions section.
  await expect(page.getByRole("region", { name: "Staff actions", exact: true })).toHaveCount(0);

  // Revoke their sessions from this page.
  const sessions = page.getByRole("region", { name: "Active sessions", exact: true });
  await expect(sessions.getByText("Safari/605.1.15")).toBeVisible();
  await expect(sessions.getByText("Mobile/15E148")).toBeVisible();
  await sessions.getByRole("button", { name: "Revoke all sessions" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke all" }).click();
  await expect(page.getByText("Sessions revoked.")).toBeVisible();
  await expect(sessions.getByText("Safari/605.1.15")).toHaveCount(0);
  await expect(sessions.getByText("Mobile/15E148")).toHaveCount(0);
  await expect(page.locator("dt", { hasText: "Live sessions" }).locator("+ dd")).toHaveText("0");
});

test("a grid's current state saved as a view, shared, reopened from the toolbar, renamed and deleted", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/people/users?banned=yes&sort=name.asc");
  await page.getByRole("button", { name: "Views" }).click();
  const menu = page.getByRole("dialog", { name: "Saved views" });
  await expect(menu.getByText("No saved views for this grid yet.")).toBeVisible();
  await menu.getByLabel("Save the current view as").fill("Banned by name");
  await menu.getByLabel("Share with all staff").check();
  await menu.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("View saved.")).toBeVisible();
  await expect(menu.getByRole("button", { name: /^Banned by name/ })).toBeVisible();

  // Open it from a plain grid: the saved filters and sort come back into the URL.
  await page.goto("/people/users");
  await page.getByRole("button", { name: "Views" }).click();
  await page.getByRole("dialog", { name: "Saved views" }).getByRole("button", { name: /^Banned by name/ }).click();
  await expect(page).toHaveURL(/banned=yes/);
  await expect(page).toHaveURL(/sort=name\.asc/);

  await page.getByRole("button", { name: "Views" }).click();
  const again = page.getByRole("dialog", { name: "Saved views" });
  await again.getByRole("button", { name: "Rename Banned by name" }).click();
  await again.getByLabel("View name").fill("Banned users A–Z");
  await again.getByRole("button", { name: "Save", exact: true }).first().click();
  await expect(page.getByText("View updated.")).toBeVisible();
  await again.getByRole("button", { name: "Delete Banned users A–Z" }).click();
  await expect(page.getByText("View deleted.")).toBeVisible();
  await expect(again.getByText("No saved views for this grid yet.")).toBeVisible();
});
