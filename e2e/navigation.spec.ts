// Moving around the console as staff do (issue 9): the sidebar, breadcrumbs, refusals, phones,
// figures, the audit log's references, and the accessibility findings.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { navigation } from "../lib/navigation";
import { signInAs } from "./support/logins";

const phone = { width: 390, height: 844 };

// These walk several pages each; on a loaded machine 30 s is not enough for that.
test.describe.configure({ timeout: 120_000 });

async function openFirstCourse(page: Page) {
  await page.goto("/learning/courses");
  const link = page.getByRole("table").getByRole("row").nth(1).getByRole("link").first();
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return title;
}

function crumbs(page: Page) {
  return page.getByRole("navigation", { name: "Breadcrumb" });
}

test("the collapsed sidebar (Ctrl+B) shows an icon for every entry and names it in a tooltip", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/learning/enrollments");
  const nav = page.getByRole("navigation", { name: "Console" });
  const links = nav.getByRole("link");
  // An admin may read every area: the overview and every entry are there.
  await expect(links).toHaveCount(1 + navigation.flatMap((area) => area.items).length);
  await page.keyboard.press("Control+b");
  await expect(page.locator('[data-slot="sidebar"][data-state="collapsed"]')).toBeVisible();
  // The tooltips load once the sidebar collapses, and each entry is drawn anew with its tooltip:
  // hover until one is there, so the entries measured below are the ones that stay.
  await expect(async () => {
    await nav.getByRole("link", { name: "Users" }).hover();
    await nav.getByRole("link", { name: "Courses" }).hover();
    await expect(page.getByRole("tooltip", { name: "Courses" })).toBeVisible({ timeout: 2_000 });
  }).toPass();
  for (const link of await links.all()) {
    await expect(link.locator("svg")).toBeVisible();
    // Only the icon fits: no clipped label ("U…", "Sw") beside it. (The rail scrolls: 26 entries.)
    await link.scrollIntoViewIfNeeded();
    const box = (await link.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(32);
    const label = link.locator("span");
    const labelBox = await label.boundingBox();
    expect(labelBox === null || labelBox.x >= box.x + box.width - 1).toBe(true);
  }
  await expect(page.getByRole("link", { name: "Switchboard" }).locator("svg")).toBeVisible();
  await nav.getByRole("link", { name: "Courses" }).click();
  await expect(page).toHaveURL(/\/learning\/courses$/);
});

test("on a phone the drawer's close button sits clear of the product name", async ({ page }) => {
  await page.setViewportSize(phone);
  await signInAs(page, "admin");
  await page.getByRole("button", { name: "Toggle sidebar" }).click();
  const drawer = page.getByRole("dialog", { name: "Navigation" });
  const brand = (await drawer.getByRole("link", { name: "Switchboard" }).boundingBox())!;
  const close = (await drawer.getByRole("button", { name: "Close" }).boundingBox())!;
  expect(brand.x + brand.width).toBeLessThanOrEqual(close.x);
  await drawer.getByRole("link", { name: "Enrollments" }).click();
  await expect(page).toHaveURL(/\/learning\/enrollments$/);
  await expect(drawer).toHaveCount(0);
});

test("breadcrumbs name the record and every crumb leads to a page", async ({ page }) => {
  await signInAs(page, "admin");
  const title = await openFirstCourse(page);
  const trail = crumbs(page);
  await expect(trail.getByRole("listitem")).toHaveText(["Overview", "Learning", "Courses", title]);
  await expect(trail.locator('[aria-current="page"]')).toHaveText(title);
  await trail.getByRole("link", { name: "Courses" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();

  await page.goto("/people/users/enduser_demo");
  await expect(trail.getByRole("listitem")).toHaveText(["Overview", "People", "Users", "Eve Enduser"]);
  await trail.getByRole("link", { name: "People" }).click();
  await expect(page).toHaveURL(/\/people\/users$/);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  for (const link of await trail.getByRole("link").all()) {
    const href = (await link.getAttribute("href"))!;
    expect((await page.request.get(href)).status(), href).toBe(200);
  }
});

test("on a phone the breadcrumbs keep to one line: a way up and the current page", async ({ page }) => {
  await page.setViewportSize(phone);
  await signInAs(page, "admin");
  const title = await openFirstCourse(page);
  const trail = crumbs(page);
  await expect(trail.locator('[aria-current="page"]')).toHaveText(title);
  expect((await trail.boundingBox())!.height).toBeLessThan(28);
  await trail.getByRole("link", { name: "Back to Courses" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
});

test("a page the role can't open answers 403 inside the console, with a way back", async ({ page }) => {
  await signInAs(page, "finance");
  const response = await page.goto("/audit");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: /403/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Console" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.getByRole("navigation", { name: "Pages you can open" }).getByRole("link", { name: "Enrollments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enrollments" })).toBeVisible();
  await page.goto("/audit");
  await page.getByRole("link", { name: "Back to the overview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
});

test("unknown pages and records answer 404 inside the console", async ({ page }) => {
  await signInAs(page, "support");
  for (const path of ["/no/such/page", "/people", "/learning/courses/00000000-0000-4000-8000-000000000000", "/learning/courses/not-a-uuid", "/people/users/nobody"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: /404/ })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Console" })).toBeVisible();
    await expect(page.getByRole("main")).toHaveCount(1);
  }
});

test("the overview shows money to the cent and its chart takes a date range", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/");
  const figures = page.getByRole("region", { name: "Totals per product", exact: true });
  for (const label of ["AI · Token spend, 30 days", "CRM · Open pipeline"]) {
    const card = figures.locator('[data-slot="card"]').filter({ hasText: label });
    await expect(card).toContainText(/\$[\d,]+\.\d{2}(?!\d)|\$0\.0\d+/);
  }
  await expect(page.getByText("New accounts, last 30 days")).toBeVisible();
  await page.getByRole("group", { name: "Date range" }).getByRole("button", { name: "7d" }).click();
  await expect(page).toHaveURL(/range=7d/);
  await expect(page.getByText("New accounts, last 7 days")).toBeVisible();
  await page.getByRole("tab", { name: "Table" }).click();
  await expect(page.getByRole("region", { name: /as a table/ }).getByRole("row")).toHaveCount(8); // header + 7 days
});

test("the audit log names the records a change touched, links them, and expands long changes", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/learning/enrollments");
  const row = page.getByRole("table").getByRole("row").nth(1);
  const student = (await row.getByRole("cell").nth(1).getByRole("link").textContent())!.trim();
  const course = (await row.getByRole("cell").nth(2).textContent())!.trim();
  await row.getByRole("button", { name: /^Unenroll/ }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Unenroll" }).click();
  await expect(page.getByText("Student unenrolled.")).toBeVisible();

  await page.goto("/audit");
  const entry = page.getByRole("table").getByRole("row").nth(1);
  await expect(entry).toContainText("delete");
  await expect(entry.getByRole("link", { name: "Ada Admin" })).toHaveAttribute("href", "/people/users/staff_admin");
  const changes = entry.getByRole("cell").nth(5);
  await expect(changes.getByRole("link", { name: course })).toBeVisible();
  await expect(changes).not.toContainText(/courseId: [0-9a-f]{8}-/);
  const more = changes.getByText(/^\d+ more$/);
  await expect(more).toBeVisible();
  await expect(changes.getByText("enrolledAt")).toBeHidden();
  await more.click();
  await expect(changes.getByText("enrolledAt")).toBeVisible();
  await changes.getByRole("link", { name: student }).click();
  await expect(page.getByRole("heading", { level: 1, name: student })).toBeVisible();
});

const findings = [
  "label-content-name-mismatch",
  "aria-dialog-name",
  "scrollable-region-focusable",
  "landmark-no-duplicate-main",
  "landmark-main-is-top-level",
  "color-contrast",
];

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withRules(findings).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("axe finds none of the reported problems (account menu, reset, filters, chart table, 404, dark Ban…)", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/learning");
  await page.getByRole("tab", { name: "Table" }).first().click();
  expect(await axe(page)).toEqual([]);

  await page.goto("/learning/progress");
  await page.getByRole("button", { name: /^Reset course/ }).first().waitFor();
  await page.getByRole("button", { name: /Status/ }).click();
  await expect(page.getByRole("dialog", { name: "Filter by Status" })).toBeVisible();
  expect(await axe(page)).toEqual([]);

  await page.goto("/no/such/page");
  expect(await axe(page)).toEqual([]);

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/people/users/enduser_demo");
  await expect(page.getByRole("button", { name: "Ban…" })).toBeVisible();
  expect(await axe(page)).toEqual([]);
});

test("a student and a course in the enrollments grid are links to their pages", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/learning/enrollments");
  const row = page.getByRole("table").getByRole("row").nth(1);
  const course = row.getByRole("cell").nth(2).getByRole("link");
  const courseTitle = (await course.textContent())!.trim();
  const student = row.getByRole("cell").nth(1).getByRole("link");
  const name = (await student.textContent())!.trim();
  await student.click();
  await expect(page).toHaveURL(/\/people\/users\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.goBack();
  await page.getByRole("table").getByRole("row").nth(1).getByRole("cell").nth(2).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: courseTitle })).toBeVisible();
});

test("on a phone a grid row is a card: the student, the rest stacked, and Unenroll within reach", async ({ page }) => {
  await page.setViewportSize(phone);
  await signInAs(page, "support");
  await page.goto("/learning/enrollments");
  const row = page.getByRole("table").getByRole("row").nth(1);
  const action = row.getByRole("button", { name: /^Unenroll/ });
  await expect(action).toBeInViewport();
  const box = (await action.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
  // Nothing scrolls sideways: the table fits the screen.
  const overflow = await page.getByRole("table").evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  // Stacked under the student, labelled by its header (CSS ::before, so not in the text).
  await expect(row.locator('td[data-label="Course"]')).toBeVisible();
  await action.click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
});

test("the learning overview's cards open the grid they count, filtered to match", async ({ page }) => {
  await signInAs(page, "finance");
  await page.goto("/learning?range=30d");
  await page.getByRole("region", { name: "Enrollments", exact: true }).getByRole("link", { name: /in the last 30 days/ }).click();
  await expect(page).toHaveURL(/\/learning\/enrollments\?enrolled=\d{4}-\d{2}-\d{2}(\.\.|%2E%2E)\d{4}-\d{2}-\d{2}/);
  await expect(page.getByRole("button", { name: /^Enrolled:/ })).toBeVisible();
  await page.goto("/learning");
  await page.getByRole("region", { name: "Courses", exact: true }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
});

// Known failing (issue #9 stays open): the drag now widens the column, but the ← step after it
// shrinks the header by ~8 px instead of 16, so the assertion below the drag fails. Not debugged yet.
test("a column's width can be dragged and keyboard-adjusted, and is remembered for the grid", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/learning/enrollments");
  const header = page.getByRole("columnheader", { name: "Course" });
  const handle = page.getByRole("separator", { name: "Resize Course column" });
  const before = (await header.boundingBox())!.width;
  const grip = (await handle.boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2 + 120, grip.y + grip.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(before + 100);
  const dragged = (await header.boundingBox())!.width;
  // The cells follow their header.
  const cell = page.getByRole("table").getByRole("row").nth(1).getByRole("cell").nth(2);
  expect(Math.abs((await cell.boundingBox())!.width - dragged)).toBeLessThan(2);

  await handle.focus();
  await page.keyboard.press("ArrowLeft");
  await expect.poll(async () => (await header.boundingBox())!.width).toBeLessThan(dragged - 10);
  const adjusted = Number(await handle.getAttribute("aria-valuenow"));

  await page.reload();
  await expect.poll(async () => Math.round((await header.boundingBox())!.width)).toBeGreaterThan(before + 80);
  await expect(handle).toHaveAttribute("aria-valuenow", String(adjusted));
  await handle.dblclick();
  await expect.poll(async () => Math.abs((await header.boundingBox())!.width - before)).toBeLessThan(4);
});

test("select all N matching: the count is confirmed and every matching row is unenrolled, on every page", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/learning/enrollments?size=10");
  const course = (await page.getByRole("table").getByRole("row").nth(1).getByRole("cell").nth(2).textContent())!.trim();
  await page.goto(`/learning/enrollments?size=10&course=${encodeURIComponent(course)}`);
  await expect(page.getByRole("button", { name: /^Course:/ })).toBeVisible();
  await page.getByRole("checkbox", { name: "Select all rows on this page" }).check();
  const bar = page.getByRole("region", { name: "Bulk actions", exact: true });
  await expect(bar).toContainText("10 selected");
  const selectAll = bar.getByRole("button", { name: /^Select all [\d,]+ matching$/ });
  const count = Number((await selectAll.textContent())!.match(/[\d,]+/)![0].replace(/,/g, ""));
  expect(count).toBeGreaterThan(10);
  await selectAll.click();
  await expect(bar).toContainText(`All ${count} matching selected`);
  await bar.getByRole("button", { name: `Unenroll all ${count}` }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText(`Unenroll all ${count} matching enrollments?`);
  await dialog.getByRole("button", { name: `Unenroll ${count}` }).click();
  await expect(page.getByText(`${count} unenrolled.`)).toBeVisible();
  await expect(page.getByText("No rows match these filters.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("No rows match these filters.")).toBeVisible();
});
