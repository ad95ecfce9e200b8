// The console as an attacker probes it: headers, CSP that the app itself survives, sign-in without
// JavaScript (never a GET with the password), redirects, and the API's unknown paths.
import { expect, test } from "@playwright/test";
import { loginFor, signInAs } from "./support/logins";

test("pages carry a nonce CSP without unsafe-eval, and the other security headers", async ({ request }) => {
  const response = await request.get("/sign-in");
  const headers = response.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toBeUndefined();
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const html = await response.text();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
  const again = await request.get("/sign-in");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);
});

test("HSTS is sent when the request came over https", async ({ request }) => {
  const response = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
});

test("the console runs under its CSP: no violation while signing in and using a grid", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await signInAs(page, "admin");
  await page.goto("/people/users");
  await page.getByRole("searchbox").fill("ada");
  await expect(page).toHaveURL(/q=ada/);
  await page.getByRole("link", { name: "Ada Admin" }).first().click();
  await expect(page.getByRole("heading", { name: "Ada Admin" })).toBeVisible();
  expect(violations).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign-in posts the form: no password in any URL, and the session works", async ({ page }) => {
    const urls: string[] = [];
    page.on("request", (r) => urls.push(r.url()));
    const admin = loginFor("admin");
    await page.goto("/sign-in?next=/people/users");
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/people\/users$/);
    const session = await (await page.request.get("/api/auth/get-session")).json();
    expect(session.user.email).toBe(admin.email);
    for (const url of urls) {
      expect(url).not.toContain(encodeURIComponent(admin.password));
      expect(url).not.toContain("password=");
    }
  });

  test("a wrong password is answered in the page, still without a URL carrying it", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("support@switchboard.dev");
    await page.getByLabel("Password").fill("wrong-password-123");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
    expect(page.url()).not.toContain("wrong-password-123");
  });
});

test("next= cannot lead a signed-in user off the console, and a newline in it is no 500", async ({ page }) => {
  await signInAs(page, "support");
  for (const next of ["/%09/evil.example", "/%09%5Cevil.example", "/%5C%5Cevil.example", "//evil.example", "/%0a/x", "/%0d%0a/x"]) {
    const response = await page.request.get(`/sign-in?next=${next}`, { maxRedirects: 0 });
    expect(response.status()).toBeLessThan(400);
    const location = response.headers()["location"];
    expect(new URL(location, "http://console.test").origin).toBe("http://console.test");
  }
});

test("unknown /api paths answer a JSON 404, not a redirect", async ({ request }) => {
  for (const method of ["get", "post"] as const) {
    const response = await request[method]("/api/does-not-exist", { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toMatch(/application\/json/);
  }
  const admin = await request.post("/api/auth/admin/list-users", { data: {}, maxRedirects: 0 });
  expect(admin.status()).toBe(404);
});
