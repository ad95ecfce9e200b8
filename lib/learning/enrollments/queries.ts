import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, selectFromGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { courses, enrollments, lessonProgress, lessons, modules, user } from "@/lib/db/schema";
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

export type StudentEnrollmentRow = {
  id: string;
  courseId: string;
  courseTitle: string;
  enrolledAt: Date;
  lessons: number;
  completed: number;
  lastActivityAt: Date | null;
};

/**
 * A student's enrollments, newest first, each with lessons completed of the course's lessons and the
 * last completion (idx_enrollment_student; idx_progress_student_lesson for the progress).
 */
export async function enrollmentsOfStudent(studentId: string, limit = 20): Promise<StudentEnrollmentRow[]> {
  const courseLessons = sql`select ${lessons.id} from ${lessons} join ${modules} on ${modules.id} = ${lessons.moduleId} where ${modules.courseId} = ${enrollments.courseId}`;
  return db
    .select({
      id: enrollments.id,
      courseId: enrollments.courseId,
      courseTitle: courses.title,
      enrolledAt: enrollments.enrolledAt,
      lessons: sql<number>`(select count(*)::int from (${courseLessons}) l)`,
      completed: sql<number>`(select count(*)::int from ${lessonProgress} where ${lessonProgress.studentId} = ${enrollments.studentId} and ${lessonProgress.status} = 'completed' and ${lessonProgress.lessonId} in (${courseLessons}))`,
      lastActivityAt: sql<Date | null>`(select max(${lessonProgress.completedAt}) from ${lessonProgress} where ${lessonProgress.studentId} = ${enrollments.studentId} and ${lessonProgress.lessonId} in (${courseLessons}))`.mapWith(
        (value) => (value ? new Date(value) : null),
      ),
    })
    .from(enrollments)
    .innerJoin(courses, eq(courses.id, enrollments.courseId))
    .where(eq(enrollments.studentId, studentId))
    .orderBy(desc(enrollments.enrolledAt), desc(enrollments.id))
    .limit(limit);
}
