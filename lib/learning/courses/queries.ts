import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { versionOf } from "@/lib/actions/lock-row";
import { offsetPage } from "@/lib/data-table/offset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { courses, enrollments, lessonProgress, lessons, modules, user, type CourseStatus } from "@/lib/db/schema";
import { coursesGrid } from "./grid";
import { courseId } from "./schemas";

// Correlated subqueries: one statement, and for a page of courses one index lookup per row
// (idx_module_course, the enrollments (course_id, student_id) unique index) instead of grouping whole tables.
// The correlation sits in a nested sql`` on purpose: drizzle drops table names from the top-level
// columns of a single-table select, which would turn `modules.course_id = courses.id` into `course_id = id`.
const equals = (column: AnyPgColumn, outer: AnyPgColumn) => sql`${column} = ${outer}`;
const instructorName = sql<string>`(select ${user.name} from ${user} where ${equals(user.id, courses.instructorId)})`;
const moduleCount = sql<number>`(select count(*)::int from ${modules} where ${equals(modules.courseId, courses.id)})`;
const enrollmentCount = sql<number>`(select count(*)::int from ${enrollments} where ${equals(enrollments.courseId, courses.id)})`;

export const coursesBinding = bindGrid(coursesGrid, {
  from: courses,
  rowId: courses.id,
  columns: {
    title: courses.title,
    slug: courses.slug,
    status: courses.status,
    instructor: instructorName,
    modules: moduleCount,
    enrollments: enrollmentCount,
    created: courses.createdAt,
  },
  search: [courses.title, courses.slug],
});

export type CourseRow = {
  id: string;
  title: string;
  slug: string;
  status: CourseStatus;
  instructorName: string;
  moduleCount: number;
  enrollmentCount: number;
  createdAt: Date;
};

/** What one Courses row shows (the grid and the CSV export select the same fields). */
export const courseFields = {
  id: courses.id,
  title: courses.title,
  slug: courses.slug,
  status: courses.status,
  instructorName,
  moduleCount,
  enrollmentCount,
  createdAt: courses.createdAt,
};

/**
 * One page of the Courses grid (a small table: offset paging, exact count). The page's ids are
 * picked first and the per-course counts computed for those rows only: with the counts in the
 * paged select itself, PostgreSQL computes them for every row the OFFSET skips as well.
 */
export function listCourses(state: GridState) {
  return offsetPage<CourseRow>(coursesBinding, state, ({ where, orderBy, limit, offset }) => {
    const page = db.select({ id: courses.id }).from(courses).where(where).orderBy(...orderBy).limit(limit).offset(offset).as("page");
    return db
      .select(courseFields)
      .from(courses)
      .innerJoin(page, eq(page.id, courses.id))
      .orderBy(...orderBy);
  });
}

const courseLessons = sql`select ${lessons.id} from ${lessons} join ${modules} on ${equals(modules.id, lessons.moduleId)} where ${equals(modules.courseId, courses.id)}`;

/** Select fields (on a query from `courses`) counting everything that belongs to the course. */
export const courseCounts = {
  modules: moduleCount,
  lessons: sql<number>`(select count(*)::int from (${courseLessons}) course_lessons)`,
  enrollments: enrollmentCount,
  progress: sql<number>`(select count(*)::int from ${lessonProgress} where ${lessonProgress.lessonId} in (${courseLessons}))`,
};

/** One course with its instructor and the sizes of everything under it. Null for an unknown id. */
export async function getCourse(id: string) {
  if (!courseId.safeParse(id).success) return null;
  const [row] = await db
    .select({
      id: courses.id,
      title: courses.title,
      slug: courses.slug,
      status: courses.status,
      createdAt: courses.createdAt,
      instructorId: courses.instructorId,
      instructorName: user.name,
      instructorEmail: user.email,
      counts: courseCounts,
      version: versionOf(courses),
    })
    .from(courses)
    .innerJoin(user, eq(user.id, courses.instructorId))
    .where(eq(courses.id, id))
    .limit(1);
  return row ?? null;
}

export type CourseDetail = NonNullable<Awaited<ReturnType<typeof getCourse>>>;
/** What the course form edits, with the row version it was loaded from (edit conflicts). */
export type EditableCourse = Pick<CourseDetail, "id" | "title" | "slug" | "status" | "instructorId" | "instructorName" | "version">;
/** What deleting a course takes with it. */
export type CourseCounts = CourseDetail["counts"];

/** Courses' titles by id (for links and breadcrumbs that name a course); ids that are no uuid are left out. */
export async function courseTitles(ids: string[]): Promise<Map<string, string>> {
  const valid = ids.filter((id) => courseId.safeParse(id).success);
  if (valid.length === 0) return new Map();
  const rows = await db.select({ id: courses.id, title: courses.title }).from(courses).where(inArray(courses.id, valid));
  return new Map(rows.map((r) => [r.id, r.title]));
}
