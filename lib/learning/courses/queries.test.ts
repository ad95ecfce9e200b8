import { like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { courses, enrollments, modules } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { loadGridState } from "@/lib/data-table/search-params";
import { createLogin } from "@/lib/test/auth";
import { coursesGrid } from "./grid";
import { listCourses } from "./queries";

// Every test searches for "qt-", so courses other test files leave in the shared database do not count.
beforeAll(async () => {
  await seedStaff(db);
  const student = await createLogin("user", "qt_student");
  await db.delete(courses).where(like(courses.slug, "qt-%"));
  const rows = await db
    .insert(courses)
    .values([
      { title: "Qt Alpha", slug: "qt-alpha", status: "published", instructorId: "staff_admin", createdAt: new Date("2025-01-01T10:00:00Z") },
      { title: "Qt Beta", slug: "qt-beta", status: "draft", instructorId: "staff_support", createdAt: new Date("2025-02-01T10:00:00Z") },
      { title: "Qt Gamma", slug: "qt-gamma", status: "published", instructorId: "staff_finance", createdAt: new Date("2025-03-01T10:00:00Z") },
    ])
    .returning();
  await db.insert(modules).values([0, 1].map((position) => ({ courseId: rows[0].id, title: `M${position}`, position })));
  await db.insert(enrollments).values({ courseId: rows[0].id, studentId: student.id });
});

async function titles(params: Record<string, string>) {
  const page = await listCourses(loadGridState(coursesGrid, { q: "qt-", ...params }));
  return page.rows.map((row) => row.title);
}

describe("listCourses", () => {
  it("lists matching courses newest first with instructor and counts from one query", async () => {
    const page = await listCourses(loadGridState(coursesGrid, { q: "qt-" }));
    expect(page.rows.map((r) => r.title)).toEqual(["Qt Gamma", "Qt Beta", "Qt Alpha"]);
    expect(page.rows[2]).toMatchObject({ instructorName: "Ada Admin", moduleCount: 2, enrollmentCount: 1, status: "published" });
    expect(page.rows[1]).toMatchObject({ moduleCount: 0, enrollmentCount: 0 });
    expect(page.facets.status).toEqual({ published: 2, draft: 1 });
  });

  it("searches title and slug", async () => {
    expect(await titles({ q: "qt-be" })).toEqual(["Qt Beta"]);
    expect(await titles({ q: "QT GAMMA" })).toEqual(["Qt Gamma"]);
  });

  it("filters by status, instructor name and created range, and sorts by instructor", async () => {
    expect(await titles({ status: "draft" })).toEqual(["Qt Beta"]);
    expect(await titles({ instructor: "fin" })).toEqual(["Qt Gamma"]);
    expect(await titles({ created: "2025-01-15..2025-02-28" })).toEqual(["Qt Beta"]);
    expect(await titles({ sort: "instructor.asc" })).toEqual(["Qt Alpha", "Qt Gamma", "Qt Beta"]);
  });
});
