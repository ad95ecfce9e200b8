import { expect, type Page } from "@playwright/test";
import { demoLogins } from "../../lib/db/seed/staff";

export type LoginRole = (typeof demoLogins)[number]["role"];

export function loginFor(role: LoginRole) {
  return demoLogins.find((l) => l.role === role)!;
}

export async function signIn(page: Page, email: string, password: string, path = "/sign-in") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in as the seeded login of `role` and waits for the console to load. */
export async function signInAs(page: Page, role: LoginRole) {
  const login = loginFor(role);
  await signIn(page, login.email, login.password);
  await expect(page).not.toHaveURL(/sign-in/);
}
