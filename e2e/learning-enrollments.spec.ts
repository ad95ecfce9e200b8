import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/logins";

/** RFC 4180 rows (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') cell += text[i++];
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === "," || char === "\n") {
      row.push(cell);
      cell = "";
      if (char === "\n") {
        rows.push(row);
        row = [];
      }
    } else if (char !== "\r") {
      cell += char;
    }
  }
  return rows;
}

async function enrollmentTotal(page: Page): Promise<number> {
  await page.goto("/learning");
  const value = page.getByRole("region", { name: "Enrollments", exact: true }).locator('[data-slot="stat-value"]');
  return Number((await value.textContent())!.replace(/,/g, ""));
}

async function pick(page: Page, field: string, query: string, option?: RegExp) {
  await page.getByRole("dialog").getByRole("combobox", { name: field }).click();
  await page.getByRole("combobox", { name: `Search ${field}` }).fill(query);
  const choice = option ? page.getByRole("option", { name: option }) : page.getByRole("option").first();
  await expect(choice).toBeVisible();
  const label = (await choice.locator("span > span").first().textContent())!;
  await choice.click();
  return label;
}

test("support enrolls a student, sees the overview change, and a second enrollment is refused on the field", async ({ page }) => {
  await signInAs(page, "support");
  const before = await enrollmentTotal(page);

  await page.goto("/learning/enrollments");
  await page.getByRole("button", { name: "Enroll a student" }).click();
  const course = await pick(page, "Course", "");
  await pick(page, "Student", "finance@switchboard", /Fin Finance/);
  await page.getByRole("dialog").getByRole("button", { name: "Enroll" }).click();
  await expect(page.getByText("Student enrolled.")).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.goto("/learning/enrollments?q=finance%40switchboard.dev");
  await expect(page.getByRole("table", { name: "Enrollments" }).getByRole("row", { name: new RegExp(`Fin Finance.*${course}`) })).toBeVisible();

  expect(await enrollmentTotal(page)).toBe(before + 1);

  await page.goto("/learning/enrollments");
  await page.getByRole("button", { name: "Enroll a student" }).click();
  await pick(page, "Course", course, new RegExp(course));
  await pick(page, "Student", "finance@switchboard", /Fin Finance/);
  await page.getByRole("dialog").getByRole("button", { name: "Enroll" }).click();
  await expect(page.getByRole("dialog").getByText("This student is already enrolled in this course.")).toBeVisible();
  expect(await enrollmentTotal(page)).toBe(before + 1);
});

test("support has no export; finance exports exactly the rows of the filtered grid", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/learning/enrollments");
  await expect(page.getByRole("table", { name: "Enrollments" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
  expect((await page.request.get("/api/export/enrollments")).status()).toBe(403);

  await page.context().clearCookies();
  await signInAs(page, "finance");
  await page.goto("/learning/enrollments");
  await page.getByRole("searchbox", { name: "Search" }).fill("user@switchboard.dev");
  await expect(page).toHaveURL(/q=user(%40|@)switchboard\.dev/);
  const table = page.getByRole("table", { name: "Enrollments" });
  await expect(table).toHaveAttribute("aria-busy", "false");
  const rows = table.locator("tbody tr");
  await expect(rows.first()).toContainText("user@switchboard.dev");
  const gridRows = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = tr.querySelectorAll("td");
      return [cells[0].querySelector("span > span:last-child")!.textContent!, cells[1].textContent!];
    }),
  );
  expect(gridRows.length).toBeGreaterThan(0);
  expect(gridRows.every(([email]) => email === "user@switchboard.dev")).toBe(true);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^enrollments-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...csvRows] = parseCsv(await readFile((await download.path())!, "utf8"));
  expect(header).toEqual(["Student", "Student email", "Course", "Enrolled at", "Enrollment id"]);
  expect(csvRows.map((row) => [row[1], row[2]])).toEqual(gridRows);
});
