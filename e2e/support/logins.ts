import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { demoLogins } from "../../lib/db/seed/staff";

export type LoginRole = (typeof demoLogins)[number]["role"];
export const roles = demoLogins.map((l) => l.role);

export function loginFor(role: LoginRole) {
  return demoLogins.find((l) => l.role === role)!;
}

/** Where auth.setup.ts keeps each role's signed-in cookies. */
export function authFile(role: LoginRole) {
  return path.join(import.meta.dirname, "..", ".auth", `${role}.json`);
}

/** Fills and submits the real sign-in form. */
export async function signIn(page: Page, email: string, password: string, url = "/sign-in") {
  await page.goto(url);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The sign-in form's own message (Next's route announcer is an alert too). */
export function formAlert(page: Page) {
  return page.locator("form").getByRole("alert");
}

/**
 * Continues as the seeded login of `role` with the session auth.setup.ts created, and opens the
 * console. Specs that end or revoke that session must sign in afresh with signIn() instead.
 */
export async function signInAs(page: Page, role: LoginRole) {
  const state = JSON.parse(readFileSync(authFile(role), "utf8"));
  await page.context().addCookies(state.cookies);
  await page.goto("/");
  await expect(page).not.toHaveURL(/sign-in/);
}
