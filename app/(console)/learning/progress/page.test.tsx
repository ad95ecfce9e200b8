// The Lesson progress page on the server per role: reset for support/admin, export for admin only.
import { beforeAll, describe, expect, it } from "vitest";
import { createCourse, createStudent, recordProgress } from "@/lib/learning/test-fixtures";
import { actAs } from "@/lib/test/auth";
import { renderPage as render } from "@/lib/test/render-page";
import ProgressPage from "./page";

const renderPage = (searchParams: Record<string, string>) => render(ProgressPage, searchParams);

beforeAll(async () => {
  const { lessons } = await createCourse("progress-page", 1);
  await recordProgress(lessons[0].id, (await createStudent("progress_page_student", "Pat Progress")).id, "completed");
});

describe("Learning → Lesson progress page", () => {
  it("offers support the course reset but no export", async () => {
    await actAs("support");
    const html = await renderPage({ student: "Pat Progress" });
    expect(html).toContain('aria-label="Reset course Course progress-page for Pat Progress"');
    expect(html).not.toContain("Export CSV");
  });

  it("shows finance the rows read-only", async () => {
    await actAs("finance");
    const html = await renderPage({ student: "Pat Progress" });
    expect(html).toContain("Lesson progress-page.1");
    expect(html).not.toContain("Reset course");
    expect(html).not.toContain("Export CSV");
  });

  it("gives admin both", async () => {
    await actAs("admin");
    const html = await renderPage({ student: "Pat Progress" });
    expect(html).toContain("Reset course");
    expect(html).toContain('href="/api/export/progress?student=Pat+Progress"');
  });
});
