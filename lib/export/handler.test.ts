// GET /api/export/[grid] called directly with a Request that carries a real session cookie.
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/export/[grid]/route";
import { loadGridState } from "@/lib/data-table/search-params";
import { db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { demoLogins, seedStaff } from "@/lib/db/seed/staff";
import { enrollmentsGrid } from "@/lib/learning/enrollments/grid";
import { listEnrollments } from "@/lib/learning/enrollments/queries";
import { createCourse, createStudent, enroll } from "@/lib/learning/test-fixtures";
import { actAnonymously, sessionCookie, type LoginRole } from "@/lib/test/auth";
import { csvLine } from "./csv";

const trickyName = '=cmd("calc"), then\nsecond line';

beforeAll(async () => {
  await seedStaff(db);
  const { course } = await createCourse("export-me");
  const { course: other } = await createCourse("export-other");
  for (let i = 0; i < 5; i++) {
    const student = await createStudent(`export_student_${i}`);
    await enroll(course.id, student.id, new Date(Date.UTC(2025, 0, 10 + i)));
    await enroll(other.id, student.id, new Date(Date.UTC(2025, 1, 10 + i)));
  }
  await enroll(course.id, (await createStudent("export_tricky", trickyName)).id, new Date(Date.UTC(2025, 0, 1)));
  // The route must read the session from the request, not from an ambient request scope.
  actAnonymously();
});

async function exportAs(role: LoginRole | null, query: string) {
  const login = demoLogins.find((l) => l.role === role);
  const headers: HeadersInit = login ? { cookie: await sessionCookie(login.email, login.password), "user-agent": "export-test" } : {};
  const request = new Request(`http://localhost/api/export/enrollments?${query}`, { headers });
  return GET(request, { params: Promise.resolve({ grid: "enrollments" }) });
}

function exportAudits() {
  return db.select().from(auditLog).where(and(eq(auditLog.action, "export"), eq(auditLog.resource, "enrollment"))).orderBy(desc(auditLog.id));
}

describe("CSV export route", () => {
  it("streams every row of the filtered, sorted grid as an attachment, and audits the export", async () => {
    const query = "course=export-me&sort=enrolled.asc&q=export_student&size=10";
    const response = await exportAs("finance", query);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="enrollments-\d{4}-\d{2}-\d{2}\.csv"$/);

    const grid = await listEnrollments(loadGridState(enrollmentsGrid, query));
    const expected =
      csvLine(["Student", "Student email", "Course", "Enrolled at", "Enrollment id"]) +
      grid.rows.map((r) => csvLine([r.studentName, r.studentEmail, r.courseTitle, r.enrolledAt, r.id])).join("");
    expect(grid.rows).toHaveLength(5);
    expect(await response.text()).toBe(expected);

    const [entry] = await exportAudits();
    expect(entry).toMatchObject({
      actorEmail: "finance@switchboard.dev",
      actorRole: "finance",
      userAgent: "export-test",
      after: { grid: "enrollments", q: "export_student", filters: { course: "export-me" }, sort: { id: "enrolled", desc: false } },
    });
  });

  it("exports the grid's visible columns, and every column with columns=all", async () => {
    const query = "course=export-me&sort=enrolled.asc&q=export_student&cols=student,enrolled";
    const grid = await listEnrollments(loadGridState(enrollmentsGrid, query));
    const visible = await (await exportAs("finance", query)).text();
    expect(visible).toBe(
      csvLine(["Student", "Student email", "Enrolled at", "Enrollment id"]) +
        grid.rows.map((r) => csvLine([r.studentName, r.studentEmail, r.enrolledAt, r.id])).join(""),
    );
    const all = await (await exportAs("finance", `${query}&columns=all`)).text();
    expect(all.split("\r\n")[0]).toBe(csvLine(["Student", "Student email", "Course", "Enrolled at", "Enrollment id"]).slice(0, -2));
    expect(all.split("\n")).toHaveLength(visible.split("\n").length);
  });

  it("quotes commas, quotes and newlines and defuses formulas", async () => {
    const text = await (await exportAs("admin", "q=export_tricky")).text();
    expect(text).toContain(`"'=cmd(""calc""), then\nsecond line",export_tricky@example.test,Course export-me,`);
  });

  it("refuses a role without export and a signed-in end user (403) and a request without a session (401), writing no audit row", async () => {
    const before = (await exportAudits()).length;
    expect((await exportAs("support", "")).status).toBe(403);
    expect((await exportAs("user", "")).status).toBe(403);
    expect((await exportAs(null, "")).status).toBe(401);
    expect(await exportAudits()).toHaveLength(before);
  });

  it("answers 404 for a grid that is not exportable, and tells no one unsigned-in which grids exist", async () => {
    const admin = demoLogins.find((l) => l.role === "admin")!;
    const cookie = await sessionCookie(admin.email, admin.password);
    const unknown = (headers: HeadersInit) =>
      GET(new Request("http://localhost/api/export/toString", { headers }), { params: Promise.resolve({ grid: "toString" }) });
    expect((await unknown({ cookie })).status).toBe(404);
    expect((await unknown({})).status).toBe(401);
  });
});
