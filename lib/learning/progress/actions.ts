"use server";

import { and, eq, inArray } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { lessonProgress, lessons, modules } from "@/lib/db/schema";
import { progressStatuses } from "@/lib/db/schema/lms";
import { resetProgressSchema } from "./schemas";

/** Every lesson_progress row of the student in the course's lessons goes back to not started. */
export const resetCourseProgress = defineAction({
  resource: "progress",
  action: "reset",
  schema: resetProgressSchema,
  async run({ courseId, studentId }, { tx, audit }) {
    const courseLessons = tx
      .select({ id: lessons.id })
      .from(lessons)
      .innerJoin(modules, eq(modules.id, lessons.moduleId))
      .where(eq(modules.courseId, courseId));
    // Locked first, so the counts in the audit row are exactly the rows this reset changes.
    const rows = await tx
      .select({ id: lessonProgress.id, status: lessonProgress.status })
      .from(lessonProgress)
      .where(and(eq(lessonProgress.studentId, studentId), inArray(lessonProgress.lessonId, courseLessons)))
      .for("update");
    if (rows.length === 0) throw new ActionError("This learner has no progress in this course.");
    await tx
      .update(lessonProgress)
      .set({ status: "not_started", completedAt: null })
      .where(inArray(lessonProgress.id, rows.map((row) => row.id)));
    const before = Object.fromEntries(progressStatuses.map((status) => [status, rows.filter((row) => row.status === status).length]));
    audit({
      resourceId: `${studentId}:${courseId}`,
      before: { studentId, courseId, ...before },
      after: { studentId, courseId, not_started: rows.length },
    });
    return { reset: rows.length };
  },
});
