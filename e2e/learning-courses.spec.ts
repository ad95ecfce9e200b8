import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./support/logins";
import { callServerAction } from "./support/server-actions";

const course = "E2E Course Builder";

async function addModule(page: Page, title: string) {
  await page.getByRole("button", { name: "Add module" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Module title").fill(title);
  await dialog.getByRole("button", { name: "Add module" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("region", { name: `Module ${title}` })).toBeVisible();
}

async function addLesson(page: Page, moduleTitle: string, title: string, contentType: "Video" | "Text" | "Quiz") {
  await page.getByRole("button", { name: `Add lesson to ${moduleTitle}` }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Lesson title").fill(title);
  await dialog.getByRole("combobox", { name: "Content type" }).click();
  await page.getByRole("option", { name: contentType }).click();
  await dialog.getByRole("button", { name: "Add lesson" }).click();
  await expect(dialog).toBeHidden();
  await expect(lessonsOf(page, moduleTitle).getByText(title)).toBeVisible();
}

function lessonsOf(page: Page, moduleTitle: string) {
  return page.getByRole("list", { name: `Lessons of ${moduleTitle}` }).getByRole("listitem");
}

/** Waits for the server action a click starts, so a reload reads what it wrote. */
async function clickAndSave(page: Page, click: () => Promise<void>) {
  const saved = page.waitForResponse((response) => response.request().method() === "POST" && response.ok());
  await click();
  await saved;
}

test("an admin builds a course, reorders it (persisted across a reload), meets a duplicate slug and deletes it", async ({ page }) => {
  test.slow(); // a dozen saves and page loads
  await signInAs(page, "admin");
  await page.goto("/learning/courses");
  await page.getByRole("button", { name: "New course" }).click();
  const sheet = page.getByRole("dialog");
  await sheet.getByLabel("Title").fill(course);
  await expect(sheet.getByLabel("Slug")).toHaveValue("e2e-course-builder");
  await sheet.getByRole("combobox", { name: "Instructor" }).click();
  await page.getByRole("combobox", { name: "Search Instructor" }).fill("Ada");
  await page.getByRole("option", { name: /Ada Admin/ }).click();
  await sheet.getByRole("button", { name: "Create course" }).click();

  await expect(page).toHaveURL(/\/learning\/courses\/[0-9a-f-]{36}$/);
  const coursePage = page.url();
  await expect(page.getByRole("heading", { name: course })).toBeVisible();
  await addModule(page, "Module One");
  await addModule(page, "Module Two");
  await addLesson(page, "Module One", "Lesson A", "Video");
  await addLesson(page, "Module One", "Lesson B", "Text");
  await addLesson(page, "Module Two", "Lesson C", "Quiz");

  // A lesson moves with its button; a module moves by keyboard drag (Space, arrow, Space).
  await clickAndSave(page, () => page.getByRole("button", { name: "Move lesson Lesson B up" }).click());
  await expect(lessonsOf(page, "Module One")).toHaveText([/Lesson B/, /Lesson A/]);
  await clickAndSave(page, async () => {
    // Space picks the module up (its handle is then pressed), ArrowUp moves it, Space drops it.
    // (The page may still be re-rendering after the lesson move, so a first Space can miss.)
    const handle = page.getByRole("button", { name: "Drag module Module Two" });
    await expect(async () => {
      await handle.focus();
      await page.keyboard.press("Space");
      await expect(handle).toHaveAttribute("aria-pressed", "true", { timeout: 1000 });
    }).toPass();
    await page.keyboard.press("ArrowUp");
    // Drop only once dnd-kit has moved it over the first place (its live region says so).
    await expect(page.locator('[id^="DndLiveRegion"]').filter({ hasText: "Module Two" })).toContainText("over position 1");
    await page.keyboard.press("Space");
  });
  const modules = page.getByRole("list", { name: "Modules" }).getByRole("heading", { level: 3 });
  await expect(modules).toHaveText(["Module Two", "Module One"]);

  await page.reload();
  await expect(modules).toHaveText(["Module Two", "Module One"]);
  await expect(lessonsOf(page, "Module One")).toHaveText([/Lesson B.*Text/, /Lesson A.*Video/]);
  await expect(lessonsOf(page, "Module Two")).toHaveText([/Lesson C.*Quiz/]);
  await expect(page.getByRole("region", { name: "Modules", exact: true }).getByRole("paragraph")).toHaveText("2");

  await page.goto("/learning/courses?q=e2e-course");
  await expect(page.getByRole("table", { name: "Courses" }).getByRole("row", { name: new RegExp(course) })).toContainText("Ada Admin");

  // A slug another course has is refused on the slug field.
  await page.goto(coursePage);
  await page.getByRole("button", { name: "Edit course" }).click();
  const editSheet = page.getByRole("dialog");
  await editSheet.getByLabel("Slug").fill("sql-for-analysts");
  await editSheet.getByRole("button", { name: "Save" }).click();
  await expect(editSheet.getByText("Another course already uses this slug.")).toBeVisible();
  await page.keyboard.press("Escape");

  // Deleting says what goes with it.
  await page.getByRole("button", { name: "Delete course" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("2 modules, 3 lessons, 0 enrollments and 0 lesson progress records");
  await confirm.getByRole("button", { name: "Delete course" }).click();
  await expect(page).toHaveURL(/\/learning\/courses$/);
  // The list it lands on is fresh: the deleted course is not in it.
  await expect(page.getByRole("heading", { name: "Courses" })).toBeVisible();
  await expect(page.getByRole("link", { name: course })).toHaveCount(0);
  await page.goto("/learning/courses?q=e2e-course");
  await expect(page.getByText("No rows match these filters.")).toBeVisible();
});

test("support reads a course but gets no control that changes it", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/learning/courses?q=sql-for-analysts");
  await expect(page.getByRole("button", { name: "New course" })).toHaveCount(0);
  await page.getByRole("link", { name: "SQL for Analysts" }).click();
  await expect(page.getByRole("heading", { name: "SQL for Analysts" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Modules" })).toBeVisible();
  for (const name of ["Edit course", "Delete course", "Add module", /^Add lesson/, /^Move /, /^Drag /, /^Rename module/, /^Delete (module|lesson)/]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
});

test("support calling the update action directly is refused and changes nothing", async ({ page }) => {
  await signInAs(page, "support");
  await page.goto("/learning/courses?q=sql-for-analysts");
  await page.getByRole("link", { name: "SQL for Analysts" }).click();
  await expect(page.getByRole("heading", { name: "SQL for Analysts" })).toBeVisible();
  const id = page.url().split("/").pop()!;

  const result = await callServerAction(page, {
    file: "lib/learning/courses/actions.ts",
    name: "updateCourse",
    from: page.url(),
    args: [{ id, title: "Hijacked by support", slug: "hijacked", status: "archived", instructorId: "staff_support" }],
  });
  expect(result.body).toContain("Your role (support) may not update course records.");

  await page.reload();
  await expect(page.getByRole("heading", { name: "SQL for Analysts" })).toBeVisible();
  await expect(page.getByText("Hijacked by support")).toHaveCount(0);
});
