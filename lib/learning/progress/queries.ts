import "server-only";
import { eq, sql } from "drizzle-orm";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, selectFromGrid } from "@/lib/data-table/sql";
import { courses, lessonProgress, lessons, modules, user } from "@/lib/db/schema";
import type { ProgressStatus } from "@/lib/db/schema/lms";
import { progressGrid } from "./grid";

export const progressBinding = bindGrid(progressGrid, {
  from: lessonProgress,
  // Left on NOT NULL keys, so counts and facets skip the joins they don't read (GridJoin).
  joins: [
    { table: user, on: eq(user.id, lessonProgress.studentId), kind: "left" },
    { table: lessons, on: eq(lessons.id, lessonProgress.lessonId), kind: "left" },
    { table: modules, on: eq(modules.id, lessons.moduleId), kind: "left" },
    { table: courses, on: eq(courses.id, modules.courseId), kind: "left" },
  ],
  rowId: lessonProgress.id,
  columns: {
    student: user.name,
    course: courses.title,
    lesson: lessons.title,
    status: lessonProgress.status,
    // Unfinished lessons (null) sort as the epoch: keyset needs a value on every row.
    completed: sql`coalesce(${lessonProgress.completedAt}, 'epoch'::timestamptz)`,
  },
  // The user table's trigram indexes serve each of these; `name || ' ' || email` had none.
  filterOn: { student: [user.name, user.email] },
});

/** What one progress row shows (the grid and the CSV export select the same fields). */
export const progressFields = {
  id: lessonProgress.id,
  studentId: lessonProgress.studentId,
  studentName: user.name,
  studentEmail: user.email,
  courseId: courses.id,
  courseTitle: courses.title,
  moduleTitle: modules.title,
  lessonTitle: lessons.title,
  status: lessonProgress.status,
  completedAt: lessonProgress.completedAt,
};

export type ProgressRow = {
  id: string;
  studentId: string;
  studentName: string;
  studentEmail: string;
  courseId: string;
  courseTitle: string;
  moduleTitle: string;
  lessonTitle: string;
  status: ProgressStatus;
  completedAt: Date | null;
};

/** One page of Learning → Lesson progress. */
export function listProgress(state: GridState) {
  return keysetPage(progressBinding, state, ({ where, orderBy, limit, cursorFields }) =>
    selectFromGrid(progressBinding, { ...progressFields, ...cursorFields })
      .where(where)
      .orderBy(...orderBy)
      .limit(limit),
  );
}
