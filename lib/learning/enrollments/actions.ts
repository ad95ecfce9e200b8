"use server";

import { inArray } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { forEachMatchingBatch, matchingSelection } from "@/lib/data-table/matching";
import { enrollments } from "@/lib/db/schema";
import { enrollmentsBinding } from "./queries";
import { enrollSchema, unenrollSchema } from "./schemas";

export const enrollStudent = defineAction({
  resource: "enrollment",
  action: "create",
  schema: enrollSchema,
  constraints: {
    enrollments_course_student_unique: { field: "studentId", message: "This student is already enrolled in this course." },
    enrollments_course_id_courses_id_fk: { field: "courseId", message: "This course no longer exists." },
    enrollments_student_id_user_id_fk: { field: "studentId", message: "This user no longer exists." },
  },
  async run({ courseId, studentId }, { tx, audit }) {
    const [created] = await tx.insert(enrollments).values({ courseId, studentId }).returning();
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const unenrollStudents = defineAction({
  resource: "enrollment",
  action: "delete",
  schema: unenrollSchema,
  async run({ enrollmentIds }, { tx, audit }) {
    const removed = await tx.delete(enrollments).where(inArray(enrollments.id, enrollmentIds)).returning();
    if (removed.length === 0) throw new ActionError("These enrollments were already removed.");
    for (const enrollment of removed) audit({ resourceId: enrollment.id, before: enrollment });
    return { removed: removed.length };
  },
});

/** "Unenroll all N matching": every enrollment the grid's search and filters match, the count confirmed. */
export const unenrollMatching = defineAction({
  resource: "enrollment",
  action: "delete",
  schema: matchingSelection,
  async run(selection, { tx, audit }) {
    const removed = await forEachMatchingBatch(tx, enrollmentsBinding, selection, async (ids) => {
      const batch = await tx.delete(enrollments).where(inArray(enrollments.id, ids)).returning();
      for (const enrollment of batch) audit({ resourceId: enrollment.id, before: enrollment });
    });
    return { removed };
  },
});
