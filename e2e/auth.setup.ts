// Signs each seeded role in once and keeps its cookies, so specs don't hammer the sign-in limit.
import { expect, test as setup } from "@playwright/test";
import { authFile, loginFor, roles, signIn } from "./support/logins";

for (const role of roles) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const login = loginFor(role);
    await signIn(page, login.email, login.password);
    await expect(page).not.toHaveURL(/sign-in/);
    await page.context().storageState({ path: authFile(role) });
  });
}
