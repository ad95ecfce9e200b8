// The course page rendered on the server with a real session: each role sees the curriculum in
// position order, and only the admin gets the controls that change it.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { courses, lessons, modules } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { actAnonymously, actAs } from "@/lib/test/auth";
import { renderPage as render } from "@/lib/test/render-page";
import CoursePage from "./page";

let courseId: string;

beforeAll(async () => {
  await seedStaff(db);
  await db.delete(courses).where(eq(courses.slug, "page-test-course"));
  const [course] = await db.insert(courses).values({ title: "Page Test Course", slug: "page-test-course", instructorId: "staff_admin", status: "published" }).returning();
  courseId = course.id;
  // Inserted out of order: the page must sort by position.
  const [later, earlier] = await db
    .insert(modules)
    .values([
      { courseId, title: "Later module", position: 1 },
      { courseId, title: "Earlier module", position: 0 },
    ])
    .returning();
  await db.insert(lessons).values([
    { moduleId: earlier.id, title: "Second lesson", position: 1, contentType: "quiz" },
    { moduleId: earlier.id, title: "First lesson", position: 0, contentType: "video" },
    { moduleId: later.id, title: "Only lesson", position: 0 },
  ]);
});

const renderPage = (id = courseId) => render(CoursePage, {}, { id });

const editingControls = ["Edit course", "Delete course", "Add module", "Add lesson to", "Rename module", "Move lesson", "Drag module", "Edit lesson"];

describe("course page", () => {
  it("shows the admin the curriculum in position order with every editing control", async () => {
    await actAs("admin");
    const html = await renderPage();
    expect(html).toContain(">Page Test Course</h1>");
    const order = ["Earlier module", "First lesson", "Second lesson", "Later module", "Only lesson"].map((text) => html.indexOf(text));
    expect(order.every((index, i) => index > 0 && (i === 0 || index > order[i - 1]))).toBe(true);
    for (const control of editingControls) expect(html).toContain(control);
    expect(html).toContain('aria-label="Move lesson First lesson down"');
  });

  it.each(["support", "finance"] as const)("shows %s the curriculum without any editing control", async (role) => {
    await actAs(role);
    const html = await renderPage();
    expect(html).toContain("First lesson");
    for (const control of editingControls) expect(html).not.toContain(control);
  });

  it("is a 404 for an unknown or malformed id", async () => {
    await actAs("admin");
    await expect(renderPage("not-a-uuid")).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await expect(renderPage("00000000-0000-4000-8000-000000000000")).rejects.toThrow(/404/);
  });

  it("sends visitors without a session to sign-in", async () => {
    actAnonymously();
    await expect(renderPage()).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
