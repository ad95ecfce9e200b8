// Courses as CSV for finance (the README promises it), and export links that come from the registry.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/export/[grid]/route";
import { db } from "@/lib/db/client";
import { demoLogins, seedStaff } from "@/lib/db/seed/staff";
import { createCourse, createStudent, enroll } from "@/lib/learning/test-fixtures";
import { sessionCookie } from "@/lib/test/auth";
import { exportHref } from "./links";
import { exportableGrids } from "./registry";

beforeAll(async () => {
  await seedStaff(db);
  const { course } = await createCourse("csv-alpha", 2);
  await enroll(course.id, (await createStudent("csv_student")).id);
  await createCourse("csv-beta", 1);
});

async function exportCourses(role: "finance" | "support", query: string) {
  const login = demoLogins.find((l) => l.role === role)!;
  const request = new Request(`http://localhost/api/export/courses?${query}`, {
    headers: { cookie: await sessionCookie(login.email, login.password), "user-agent": "export-test" },
  });
  return GET(request, { params: Promise.resolve({ grid: "courses" }) });
}

describe("courses CSV export", () => {
  it("gives finance the grid's search and sort as CSV, one line per course", async () => {
    const response = await exportCourses("finance", "q=course-csv-&sort=title.asc");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="courses-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await response.text()).trim().split("\r\n").map((line) => line.split(","));
    expect(lines[0]).toEqual(["Title", "Slug", "Status", "Instructor", "Modules", "Enrollments", "Created at", "Course id"]);
    expect(lines.slice(1).map((l) => l.slice(0, 6))).toEqual([
      ["Course csv-alpha", "course-csv-alpha", "Published", "Test instructor_csv-alpha", "1", "1"],
      ["Course csv-beta", "course-csv-beta", "Published", "Test instructor_csv-beta", "1", "0"],
    ]);
  });

  it("refuses support, whose role may read courses but not export them", async () => {
    expect((await exportCourses("support", "")).status).toBe(403);
  });
});

describe("exportHref", () => {
  it("links only roles that may export the registered grid's resource", () => {
    expect(exportHref("courses", "finance")).toBe("/api/export/courses");
    expect(exportHref("courses", "support")).toBeUndefined();
    expect(exportHref("users", "admin")).toBe("/api/export/users");
    expect(() => exportHref("coursez", "admin")).toThrow(/No export named/);
    expect(Object.keys(exportableGrids)).toContain("courses");
  });
});
