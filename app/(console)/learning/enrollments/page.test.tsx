// The Enrollments page on the server per role: what each role is offered, with real sessions and URL parsing.
import { beforeAll, describe, expect, it } from "vitest";
import { createCourse, createStudent, enroll } from "@/lib/learning/test-fixtures";
import { actAnonymously, actAs } from "@/lib/test/auth";
import { renderPage as render } from "@/lib/test/render-page";
import EnrollmentsPage from "./page";

const renderPage = (searchParams: Record<string, string>) => render(EnrollmentsPage, searchParams);

beforeAll(async () => {
  const { course } = await createCourse("enrollments-page");
  await enroll(course.id, (await createStudent("page_student", "Paige Student")).id);
});

describe("Learning → Enrollments page", () => {
  it("gives support enroll and unenroll but no export", async () => {
    await actAs("support");
    const html = await renderPage({ q: "Paige" });
    expect(html).toContain("Paige Student");
    expect(html).toContain("Course enrollments-page");
    expect(html).toContain("Enroll a student");
    expect(html).toContain('aria-label="Unenroll Paige Student from Course enrollments-page"');
    expect(html).not.toContain("Export CSV");
  });

  it("gives finance the export link with the current filters, and nothing that writes", async () => {
    await actAs("finance");
    const html = await renderPage({ q: "Paige", course: "enrollments" });
    expect(html).toMatch(/href="\/api\/export\/enrollments\?q=Paige&amp;course=enrollments"[^>]*download/);
    expect(html).not.toContain("Enroll a student");
    expect(html).not.toContain("Unenroll");
  });

  it("resets a bad cursor and sends visitors without a session to sign-in", async () => {
    await actAs("admin");
    expect(await renderPage({ cursor: "garbage", enrolled: "soon" })).toContain("Paige Student");
    actAnonymously();
    await expect(renderPage({})).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
