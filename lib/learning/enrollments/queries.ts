import "server-only";
import { eq } from "drizzle-orm";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, selectFromGrid } from "@/lib/data-table/sql";
import { courses, enrollments, user } from "@/lib/db/schema";
import { enrollmentsGrid } from "./grid";

export const enrollmentsBinding = bindGrid(enrollmentsGrid, {
  from: enrollments,
  joins: [
    { table: user, on: eq(user.id, enrollments.studentId) },
    { table: courses, on: eq(courses.id, enrollments.courseId) },
  ],
  rowId: enrollments.id,
  columns: { student: user.name, course: courses.title, enrolled: enrollments.enrolledAt },
  search: [user.name, user.email],
});

/** What one enrollment row shows (the grid and the CSV export select the same fields). */
export const enrollmentFields = {
  id: enrollments.id,
  studentId: enrollments.studentId,
  studentName: user.name,
  studentEmail: user.email,
  courseId: enrollments.courseId,
  courseTitle: courses.title,
  enrolledAt: enrollments.enrolledAt,
};

export type EnrollmentRow = {
  id: string;
  studentId: string;
  studentName: string;
  studentEmail: string;
  courseId: string;
  courseTitle: string;
  enrolledAt: Date;
};

/** One page of Learning → Enrollments. */
export function listEnrollments(state: GridState) {
  return keysetPage(enrollmentsBinding, state, ({ where, orderBy, limit, cursorFields }) =>
    selectFromGrid(enrollmentsBinding, { ...enrollmentFields, ...cursorFields })
      .where(where)
      .orderBy(...orderBy)
      .limit(limit),
  );
}
