import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog, lessonProgress } from "@/lib/db/schema";
import { createCourse, createStudent, recordProgress } from "@/lib/learning/test-fixtures";
import { actAnonymously, actAs } from "@/lib/test/auth";
import { resetCourseProgress } from "./actions";

let course: Awaited<ReturnType<typeof createCourse>>;
let otherCourse: Awaited<ReturnType<typeof createCourse>>;

beforeAll(async () => {
  course = await createCourse("progress-reset", 3);
  otherCourse = await createCourse("progress-other", 1);
});

/** A student with lessons 1–2 completed and lesson 3 in progress in `course`, and one completed lesson elsewhere. */
async function learner(id: string) {
  const student = await createStudent(id);
  const [first, second, third] = course.lessons;
  await recordProgress(first.id, student.id, "completed");
  await recordProgress(second.id, student.id, "completed");
  await recordProgress(third.id, student.id, "in_progress");
  await recordProgress(otherCourse.lessons[0].id, student.id, "completed");
  return student;
}

function progressOf(studentId: string, lessonIds: string[]) {
  return db
    .select({ status: lessonProgress.status, completedAt: lessonProgress.completedAt })
    .from(lessonProgress)
    .where(and(eq(lessonProgress.studentId, studentId), inArray(lessonProgress.lessonId, lessonIds)));
}
const courseLessonIds = () => course.lessons.map((l) => l.id);

describe("resetCourseProgress", () => {
  it("sets every lesson of the course back to not started for support, audited with counts", async () => {
    const student = await learner("reset_ok");
    await actAs("support");
    const result = await resetCourseProgress({ courseId: course.course.id, studentId: student.id });
    expect(result.data).toEqual({ reset: 3 });
    expect(await progressOf(student.id, courseLessonIds())).toEqual(Array(3).fill({ status: "not_started", completedAt: null }));
    // Other courses keep their progress.
    expect(await progressOf(student.id, [otherCourse.lessons[0].id])).toMatchObject([{ status: "completed" }]);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, `${student.id}:${course.course.id}`));
    expect(entry).toMatchObject({
      action: "reset",
      resource: "progress",
      before: { completed: 2, in_progress: 1, not_started: 0 },
      after: { not_started: 3 },
    });
  });

  it("refuses finance and writes nothing", async () => {
    const student = await learner("reset_finance");
    await actAs("finance");
    const before = await db.$count(auditLog);
    const result = await resetCourseProgress({ courseId: course.course.id, studentId: student.id });
    expect(result.serverError).toMatch(/may not reset progress/);
    expect((await progressOf(student.id, courseLessonIds())).filter((p) => p.status === "completed")).toHaveLength(2);
    expect(await db.$count(auditLog)).toBe(before);
  });

  it("refuses a caller without a session", async () => {
    const student = await learner("reset_anonymous");
    actAnonymously();
    const result = await resetCourseProgress({ courseId: course.course.id, studentId: student.id });
    expect(result.serverError).toMatch(/sign in/i);
    expect((await progressOf(student.id, courseLessonIds())).filter((p) => p.status === "completed")).toHaveLength(2);
  });

  it("says when there is nothing to reset, and flags a malformed course on its field", async () => {
    const student = await createStudent("reset_nothing");
    await actAs("admin");
    expect((await resetCourseProgress({ courseId: course.course.id, studentId: student.id })).serverError).toBe(
      "This learner has no progress in this course.",
    );
    const malformed = await resetCourseProgress({ courseId: "not-a-course", studentId: student.id });
    expect(malformed.validationErrors?.fieldErrors.courseId).toEqual(["Pick a course."]);
  });
});
