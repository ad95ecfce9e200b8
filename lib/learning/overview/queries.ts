import "server-only";
// Figures of the Learning overview. PostgreSQL aggregates; the page only formats and draws.
import { and, isNotNull, sql } from "drizzle-orm";
import { categoryTotals, timeSeries, withinRange, type CategoryTotal } from "@/lib/charts/series";
import type { Bucket, DateRange } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { consoleProgressStatusTotals, courses, enrollments, lessonProgress } from "@/lib/db/schema";
import { courseStatuses, type CourseStatus } from "@/lib/db/schema/lms";
import { progressStatusLabels } from "@/lib/learning/progress/grid";

export async function coursesByStatus(): Promise<Record<CourseStatus, number>> {
  const rows = await db.select({ status: courses.status, count: sql<number>`count(*)::int` }).from(courses).groupBy(courses.status);
  const counts = Object.fromEntries(courseStatuses.map((status) => [status, 0])) as Record<CourseStatus, number>;
  for (const row of rows) counts[row.status] = row.count;
  return counts;
}

export async function enrollmentCounts(range: DateRange) {
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      inRange: sql<number>`(count(*) filter (where ${withinRange(enrollments.enrolledAt, range)}))::int`,
    })
    .from(enrollments);
  return row;
}

/**
 * Students who completed at least one lesson in the range: an index-only range scan of
 * idx_progress_completed_student, made distinct by hashing (count(distinct) would sort every row).
 */
export async function activeLearners(range: DateRange): Promise<number> {
  const learners = db
    .selectDistinct({ studentId: lessonProgress.studentId })
    .from(lessonProgress)
    .where(and(isNotNull(lessonProgress.completedAt), withinRange(lessonProgress.completedAt, range)))
    .as("learners");
  const [row] = await db.select({ learners: sql<number>`count(*)::int` }).from(learners);
  return row.learners;
}

export function enrollmentsOverTime(range: DateRange, bucket: Bucket) {
  return timeSeries({ value: sql`count(*)`, time: enrollments.enrolledAt, range, bucket });
}

type CourseCompletion = { title: string; completed: number; expected: number };

/**
 * Per course with enrollments: lessons completed by its enrolled students, out of enrolled
 * students × lessons. The overall rate is the same ratio over every course.
 */
async function courseCompletions(): Promise<CourseCompletion[]> {
  const rows = await db.execute<CourseCompletion>(sql`
    with lesson_counts as (
      select m.course_id, count(*) as lessons from lessons l join modules m on m.id = l.module_id group by 1
    ),
    enrolled as (
      select course_id, count(*) as students from enrollments group by 1
    ),
    done as (
      select m.course_id, count(*) as completed
      from lesson_progress p
      join lessons l on l.id = p.lesson_id
      join modules m on m.id = l.module_id
      join enrollments e on e.course_id = m.course_id and e.student_id = p.student_id
      where p.status = 'completed'
      group by 1
    )
    select c.title, coalesce(d.completed, 0)::float8 as completed, (e.students * lc.lessons)::float8 as expected
    from courses c
    join enrolled e on e.course_id = c.id
    join lesson_counts lc on lc.course_id = c.id
    left join done d on d.course_id = c.id`);
  return [...rows];
}

export async function completionRates(top = 10): Promise<{ overall: number | null; topCourses: CategoryTotal[] }> {
  const courseRows = await courseCompletions();
  const completed = courseRows.reduce((sum, row) => sum + row.completed, 0);
  const expected = courseRows.reduce((sum, row) => sum + row.expected, 0);
  const topCourses = courseRows
    .map((row) => ({ label: row.title, value: row.completed / row.expected }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
    .slice(0, top);
  return { overall: expected > 0 ? completed / expected : null, topCourses };
}

/** Lesson-progress rows per status, from the rollup the lesson_progress triggers keep (not a scan of every row). */
export async function progressStatusBreakdown(): Promise<CategoryTotal[]> {
  const totals = await categoryTotals({ dimension: consoleProgressStatusTotals.status, value: sql`sum(${consoleProgressStatusTotals.rows})` });
  return totals.filter((total) => total.value !== 0).map((total) => ({ ...total, label: progressStatusLabels[total.label as keyof typeof progressStatusLabels] ?? total.label }));
}
