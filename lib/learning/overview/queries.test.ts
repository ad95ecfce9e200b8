import { describe, expect, it } from "vitest";
import { createCourse, createStudent, enroll, recordProgress } from "@/lib/learning/test-fixtures";
import { activeLearners, completionRates, coursesByStatus, enrollmentCounts, enrollmentsOverTime, progressStatusBreakdown } from "./queries";

const today = new Date().toISOString().slice(0, 10);
const range = { from: "2000-01-01", to: today };

describe("learning overview figures", () => {
  it("move when a student enrolls and completes lessons", async () => {
    const before = { courses: await coursesByStatus(), enrollments: await enrollmentCounts(range), learners: await activeLearners(range) };
    const { course, lessons } = await createCourse("overview", 4);
    const student = await createStudent("overview_student");
    await enroll(course.id, student.id);
    await recordProgress(lessons[0].id, student.id, "completed");
    await recordProgress(lessons[1].id, student.id, "in_progress");

    expect((await coursesByStatus()).published).toBe(before.courses.published + 1);
    expect(await enrollmentCounts(range)).toEqual({ total: before.enrollments.total + 1, inRange: before.enrollments.inRange + 1 });
    expect(await activeLearners(range)).toBe(before.learners + 1);
    const { topCourses, overall } = await completionRates();
    expect(topCourses).toContainEqual({ label: "Course overview", value: 0.25 });
    expect(overall).toBeGreaterThan(0);
    expect(await progressStatusBreakdown()).toEqual(expect.arrayContaining([expect.objectContaining({ label: "In progress" })]));
  });

  it("buckets enrollments per week with the gaps filled", async () => {
    const weeks = await enrollmentsOverTime({ from: "2025-01-06", to: "2025-03-30" }, "week");
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toEqual({ bucket: "2025-01-06", value: expect.any(Number) });
  });
});
