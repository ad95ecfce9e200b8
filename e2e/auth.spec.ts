import { expect, test } from "@playwright/test";
import { formAlert, loginFor, signIn, signInAs } from "./support/logins";

test("a visitor without a session is sent to sign-in and returned to the page they wanted", async ({ page }) => {
  await page.goto("/people/users?q=ada");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  const admin = loginFor("admin");
  await signIn(page, admin.email, admin.password, page.url());
  await expect(page).toHaveURL(/\/people\/users\?q=ada/);
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
});

test("wrong credentials get one generic message", async ({ page }) => {
  await signIn(page, "admin@switchboard.dev", "not-the-password");
  await expect(formAlert(page)).toHaveText("Wrong email or password.");
  await signIn(page, "nobody@switchboard.dev", "whatever-password");
  await expect(formAlert(page)).toHaveText("Wrong email or password.");
});

test("bad input is flagged at the field", async ({ page }) => {
  await signIn(page, "not-an-email", "");
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
});

test("an end-user account is refused with a 403 and sees no data", async ({ page }) => {
  await signInAs(page, "user");
  await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Console" })).toHaveCount(0);
  await page.goto("/people/users");
  await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

const visibleAreas = {
  admin: { sees: ["Users", "Audit log"], hidden: [] as string[] },
  support: { sees: ["Users"], hidden: ["Audit log"] },
  finance: { sees: ["Users"], hidden: ["Audit log"] },
} as const;

for (const [role, { sees, hidden }] of Object.entries(visibleAreas)) {
  test(`${role} sees exactly the areas the role may read`, async ({ page }) => {
    await signInAs(page, role as keyof typeof visibleAreas);
    const nav = page.getByRole("navigation", { name: "Console" });
    for (const label of sees) await expect(nav.getByRole("link", { name: label })).toBeVisible();
    for (const label of hidden) await expect(nav.getByRole("link", { name: label })).toHaveCount(0);
    await page.getByRole("button", { name: /account menu/i }).click();
    await expect(page.getByTestId("current-role")).toHaveText(role);
  });
}

test("support and finance get a 403 on the audit log even by URL", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/audit");
  await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  const finance = loginFor("finance");
  await signIn(page, finance.email, finance.password);
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/sign-in/);
});
