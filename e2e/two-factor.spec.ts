// Two-factor as a deployment runs it (STAFF_2FA=required, its own server): an admin without it is
// sent to enrol before any console data, scans (reads the secret), confirms with a code made by
// otpauth, sees the backup codes once, and signs in again with a code.
import { expect, test } from "@playwright/test";
import * as OTPAuth from "otpauth";
import { startEnforcedServer } from "./support/enforced-server";
import { loginFor, signIn } from "./support/logins";

let server: Awaited<ReturnType<typeof startEnforcedServer>>;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  server = await startEnforcedServer();
});

test.afterAll(async () => {
  await server?.stop();
});

test.use({ storageState: { cookies: [], origins: [] } });

test("an admin without two-factor enrols before seeing the console, then signs in with a code", async ({ page }) => {
  test.setTimeout(120_000);
  const admin = loginFor("admin");
  const url = (path: string) => `${server.baseURL}${path}`;

  await signIn(page, admin.email, admin.password, url("/sign-in"));
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByText("Admin accounts must use two-factor sign-in.")).toBeVisible();

  // Any console page sends the admin back here, server-side: no console data on the way.
  const response = await page.goto(url("/people/users"));
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  expect(await response?.text()).not.toContain("user@switchboard.dev");

  await page.getByLabel("Confirm your password to set up two-factor").fill(admin.password);
  await page.getByRole("button", { name: "Set up two-factor" }).click();
  await expect(page.getByRole("img", { name: "QR code of the two-factor secret" })).toBeVisible();
  const secret = await page.getByTestId("totp-secret").inputValue();
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });

  await page.getByLabel("Authentication code").fill(totp.generate({ timestamp: Date.now() + 3_600_000 }));
  await page.getByRole("button", { name: "Turn on two-factor" }).click();
  await expect(page.getByText("That code is not right.")).toBeVisible();

  const enrolCode = totp.generate();
  await page.getByLabel("Authentication code").fill(enrolCode);
  await page.getByRole("button", { name: "Turn on two-factor" }).click();
  const codes = page.getByRole("list", { name: "Backup codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const firstBackupCode = await codes.first().innerText();

  // Shown once: the page loaded again has them no more.
  await page.reload();
  await expect(page.getByTestId("two-factor-status")).toHaveText("on");
  await expect(page.getByText(firstBackupCode)).toHaveCount(0);

  await page.getByRole("link", { name: "Back to the console" }).click();
  await expect(page).toHaveURL(url("/"));
  await expect(page.getByRole("main")).toBeVisible();

  await page.goto(url("/account/two-factor"));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, admin.email, admin.password, url("/sign-in"));
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  // The code of the enrolment is refused again; the next step's code (inside the ±1 window) signs in.
  await page.getByLabel("Authentication code or backup code").fill(enrolCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("That code has already been used.")).toBeVisible();
  await page.getByLabel("Authentication code or backup code").fill(totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(url("/"));
  await expect(page.getByRole("main")).toBeVisible();
});
