// axe-core over every console page as admin, in light and dark mode. The pages come from
// lib/console-pages.ts (every page the route gate knows, which a unit test proves is every
// page.tsx): each page without params once, and each page with params (a course, a deal, a
// visitor…) once, at the first link to it found on a page already visited — so a new page is
// covered without a new test, and one that no page links to fails the sweep. One load per page per
// theme (dark: colour contrast only). Serious and critical violations fail.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { consolePages, matchPage } from "../lib/console-pages";
import { signInAs } from "./support/logins";

// /ai only redirects to /ai/spend.
const fixedPages = consolePages.filter((p) => !p.path.includes("[") && p.path !== "/ai").map((p) => p.path);
const paramPages = consolePages.filter((p) => p.path.includes("[")).map((p) => p.path);

// Dark mode changes colours only (the markup is the same), so its pass runs the contrast rule alone.
async function violationsOf(page: Page, url: string, scheme: "light" | "dark") {
  const started = Date.now();
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  await expect(page.locator("h1").first()).toBeVisible();
  const loaded = Date.now();
  // Only violations are collected (not every passing node): axe's time is most of a page's here.
  const axe = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
  const results = await (scheme === "dark" ? axe.withRules(["color-contrast"]) : axe.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])).analyze();
  // Where the time goes, per page.
  console.log(`${url}: load ${loaded - started} ms, axe ${Date.now() - loaded} ms`);
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${url} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

/** For each page with params not yet swept: the first link to it on the page on screen. */
async function linksToUnswept(page: Page, swept: Set<string>): Promise<Map<string, string>> {
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  const found = new Map<string, string>();
  for (const href of hrefs) {
    const { pathname } = new URL(href, "http://console");
    const match = matchPage(pathname.split("/").filter(Boolean).map(decodeURIComponent));
    if (match && match.page.path.includes("[") && !swept.has(match.page.path) && !found.has(match.page.path)) found.set(match.page.path, pathname);
  }
  return found;
}

for (const scheme of ["light", "dark"] as const) {
  test(`every console page has no serious or critical axe violations (${scheme})`, async ({ page }) => {
    test.setTimeout((fixedPages.length + paramPages.length) * 15_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript((theme) => window.localStorage.setItem("theme", theme), scheme);
    await signInAs(page, "admin");
    const found: string[] = [];
    const swept = new Set<string>();
    const queue = [...fixedPages];
    while (queue.length > 0) {
      const url = queue.shift()!;
      found.push(...(await violationsOf(page, url, scheme)));
      for (const [pattern, href] of await linksToUnswept(page, swept)) {
        swept.add(pattern);
        queue.push(href);
      }
    }
    expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(scheme === "dark");
    expect([...swept].sort(), "every page with params was reached by a link").toEqual([...paramPages].sort());
    expect(found).toEqual([]);
  });
}
