import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog, enrollments, user } from "@/lib/db/schema";
import { actAnonymously, actAs } from "@/lib/test/auth";
import { enrollStudent, unenrollMatching, unenrollStudents } from "./actions";
import { createCourse, createStudent, enroll } from "@/lib/learning/test-fixtures";
import { auditCount } from "@/lib/test/audit";

let courseId: string;

beforeAll(async () => {
  ({ course: { id: courseId } } = await createCourse("enrollment-actions"));
});

function enrollmentsOf(studentId: string) {
  return db.select().from(enrollments).where(and(eq(enrollments.courseId, courseId), eq(enrollments.studentId, studentId)));
}

describe("enrollStudent", () => {
  it("enrolls for support, with an audit row of the new enrollment", async () => {
    const student = await createStudent("enroll_ok");
    await actAs("support");
    const result = await enrollStudent({ courseId, studentId: student.id });
    expect(result.data?.id).toBeTruthy();
    expect(await enrollmentsOf(student.id)).toHaveLength(1);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, result.data!.id));
    expect(entry).toMatchObject({ action: "create", resource: "enrollment", actorRole: "support" });
    expect(entry.after).toMatchObject({ courseId, studentId: student.id });
  });

  it("says so on the student field when the student is already enrolled", async () => {
    const student = await createStudent("enroll_twice");
    await enroll(courseId, student.id);
    await actAs("admin");
    const before = await auditCount();
    const result = await enrollStudent({ courseId, studentId: student.id });
    expect(result.validationErrors?.fieldErrors.studentId).toEqual(["This student is already enrolled in this course."]);
    expect(await enrollmentsOf(student.id)).toHaveLength(1);
    expect(await auditCount()).toBe(before);
  });

  it("puts a missing course or student on its field", async () => {
    await actAs("admin");
    const noCourse = await enrollStudent({ courseId: "00000000-0000-4000-8000-000000000000", studentId: "enroll_ok" });
    expect(noCourse.validationErrors?.fieldErrors.courseId).toEqual(["This course no longer exists."]);
    const noStudent = await enrollStudent({ courseId, studentId: "nobody_at_all" });
    expect(noStudent.validationErrors?.fieldErrors.studentId).toEqual(["This user no longer exists."]);
  });

  it("refuses finance and writes nothing", async () => {
    const student = await createStudent("enroll_finance");
    await actAs("finance");
    const before = await auditCount();
    const result = await enrollStudent({ courseId, studentId: student.id });
    expect(result.serverError).toMatch(/may not create enrollment/);
    expect(await enrollmentsOf(student.id)).toHaveLength(0);
    expect(await auditCount()).toBe(before);
  });

  it("refuses a caller without a session and writes nothing", async () => {
    const student = await createStudent("enroll_anonymous");
    actAnonymously();
    const result = await enrollStudent({ courseId, studentId: student.id });
    expect(result.serverError).toMatch(/sign in/i);
    expect(await enrollmentsOf(student.id)).toHaveLength(0);
  });
});

describe("unenrollStudents", () => {
  it("removes the selected enrollments for support, one audit row each", async () => {
    const first = await enroll(courseId, (await createStudent("unenroll_a")).id);
    const second = await enroll(courseId, (await createStudent("unenroll_b")).id);
    await actAs("support");
    const result = await unenrollStudents({ enrollmentIds: [first.id, second.id] });
    expect(result.data).toEqual({ removed: 2 });
    expect(await enrollmentsOf("unenroll_a")).toHaveLength(0);
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.resource, "enrollment"), eq(auditLog.action, "delete")));
    expect(entries.map((e) => e.resourceId)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(entries.find((e) => e.resourceId === first.id)?.before).toMatchObject({ studentId: "unenroll_a", courseId });
  });

  it("reports enrollments that are already gone", async () => {
    await actAs("admin");
    const result = await unenrollStudents({ enrollmentIds: ["00000000-0000-4000-8000-000000000001"] });
    expect(result.serverError).toBe("These enrollments were already removed.");
  });

  it("refuses finance and anonymous callers, keeping the enrollment", async () => {
    const kept = await enroll(courseId, (await createStudent("unenroll_kept")).id);
    const before = await auditCount();
    await actAs("finance");
    expect((await unenrollStudents({ enrollmentIds: [kept.id] })).serverError).toMatch(/may not delete enrollment/);
    actAnonymously();
    expect((await unenrollStudents({ enrollmentIds: [kept.id] })).serverError).toMatch(/sign in/i);
    expect(await enrollmentsOf("unenroll_kept")).toHaveLength(1);
    expect(await auditCount()).toBe(before);
  });

  it("rejects an empty selection on the field", async () => {
    await actAs("admin");
    const result = await unenrollStudents({ enrollmentIds: [] });
    expect(result.validationErrors?.fieldErrors.enrollmentIds).toEqual(["Pick at least one enrollment."]);
  });
});

describe("unenrollMatching (select all N matching)", () => {
  // More than one batch of work (500) and of audit rows (1,000), in one course of its own.
  const size = 1_203;
  let matchingCourse: { id: string; title: string };
  const query = () => `course=${encodeURIComponent(matchingCourse.title)}`;

  beforeAll(async () => {
    ({ course: matchingCourse } = await createCourse("enrollment-matching"));
    const ids = Array.from({ length: size }, (_, i) => `bulk_student_${i}`);
    await db.insert(user).values(ids.map((id) => ({ id, name: `Bulk ${id}`, email: `${id}@example.test`, role: "user" })));
    await db.insert(enrollments).values(ids.map((studentId) => ({ courseId: matchingCourse.id, studentId })));
  });

  const matchingRows = () => db.select().from(enrollments).where(eq(enrollments.courseId, matchingCourse.id));

  it("refuses a count that isn't the number matching now, changing nothing", async () => {
    await actAs("support");
    const before = await auditCount();
    const result = await unenrollMatching({ query: query(), count: size - 1 });
    expect(result.serverError).toMatch(/matching changed: 1203 now, not 1202/);
    expect(await matchingRows()).toHaveLength(size);
    expect(await auditCount()).toBe(before);
  });

  it("refuses finance, changing nothing", async () => {
    await actAs("finance");
    expect((await unenrollMatching({ query: query(), count: size })).serverError).toMatch(/may not delete enrollment/);
    expect(await matchingRows()).toHaveLength(size);
  });

  it("refuses more than the cap on the field", async () => {
    await actAs("admin");
    const result = await unenrollMatching({ query: "", count: 10_001 });
    expect(result.validationErrors?.fieldErrors.count?.[0]).toMatch(/At most 10,000/);
  });

  it("removes every matching enrollment (and only those), one audit row each", async () => {
    const other = await enroll(courseId, (await createStudent("unenroll_not_matching")).id);
    await actAs("support");
    const result = await unenrollMatching({ query: query(), count: size });
    expect(result.data).toEqual({ removed: size });
    expect(await matchingRows()).toHaveLength(0);
    expect(await enrollmentsOf(other.studentId)).toHaveLength(1);
    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resource, "enrollment"), eq(auditLog.action, "delete"), sql`${auditLog.before}->>'courseId' = ${matchingCourse.id}`));
    expect(entries).toHaveLength(size);
    expect(new Set(entries.map((e) => e.resourceId)).size).toBe(size);
  });
});
