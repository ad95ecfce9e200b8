import { describe, expect, it } from "vitest";
import { createCourse, createStudent, enroll, recordProgress } from "@/lib/learning/test-fixtures";
import { activeLearners, completionRates, coursesByStatus, enrollmentCounts, enrollmentsOverTime, progressStatusBreakdown } from "./queries";

const byLabel = (totals: { label: string; value: number }[]) => Object.fromEntries(totals.map((t) => [t.label, t.value]));

const today = new Date().toISOString().slice(0, 10);
const range = { from: "2000-01-01", to: today };

describe("learning overview figures", () => {
  it("move when a student enrolls and completes lessons", async () => {
    const before = {
      courses: await coursesByStatus(),
      enrollments: await enrollmentCounts(range),
      learners: await activeLearners(range),
      statuses: byLabel(await progressStatusBreakdown()),
    };
    const { course, lessons } = await createCourse("overview", 4);
    const student = await createStudent("overview_student");
    await enroll(course.id, student.id);
    await recordProgress(lessons[0].id, student.id, "completed");
    await recordProgress(lessons[1].id, student.id, "in_progress");

    expect((await coursesByStatus()).published).toBe(before.courses.published + 1);
    expect(await enrollmentCounts(range)).toEqual({ total: before.enrollments.total + 1, inRange: before.enrollments.inRange + 1 });
    expect(await activeLearners(range)).toBe(before.learners + 1);
    // Every course ranked (other test files and the seed add courses with higher rates).
    const { topCourses, overall } = await completionRates(Number.MAX_SAFE_INTEGER);
    expect(topCourses).toContainEqual({ label: "Course overview", value: 0.25 });
    expect(overall).toBeGreaterThan(0);
    const statuses = byLabel(await progressStatusBreakdown());
    expect(statuses["Completed"]).toBe((before.statuses["Completed"] ?? 0) + 1);
    expect(statuses["In progress"]).toBe((before.statuses["In progress"] ?? 0) + 1);
  });

  it("buckets enrollments per week with the gaps filled", async () => {
    const quarter = { from: "2025-01-06", to: "2025-03-30" };
    const before = await enrollmentsOverTime(quarter, "week");
    const { course } = await createCourse("weekly");
    const students = await Promise.all(["weekly_a", "weekly_b", "weekly_c"].map((id) => createStudent(id)));
    await enroll(course.id, students[0].id, new Date("2025-01-07T10:00:00Z"));
    await enroll(course.id, students[1].id, new Date("2025-03-11T10:00:00Z"));
    await enroll(course.id, students[2].id, new Date("2025-03-16T23:30:00Z")); // Sunday: still that week
    const after = await enrollmentsOverTime(quarter, "week");

    expect(after.map((w) => w.bucket)).toEqual(before.map((w) => w.bucket));
    expect(after).toHaveLength(12);
    expect(after[0].bucket).toBe("2025-01-06");
    const added = Object.fromEntries(after.map((w, i) => [w.bucket, w.value - before[i].value]).filter(([, n]) => n !== 0));
    expect(added).toEqual({ "2025-01-06": 1, "2025-03-10": 2 });
  });
});
