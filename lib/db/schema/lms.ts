// Learning platform (names and constraints as the LMS app has them): courses → modules → lessons, enrollments, lesson progress.
import { relations, sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";

import {
  courseStatuses,
  lessonContentTypes,
  progressStatuses,
  type CourseStatus,
  type LessonContentType,
  type ProgressStatus,
} from "./lms-values";

export { courseStatuses, lessonContentTypes, progressStatuses, type CourseStatus, type LessonContentType, type ProgressStatus };

export const courses = pgTable(
  "courses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    instructorId: text("instructor_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    status: text("status").$type<CourseStatus>().notNull().default("draft"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("idx_course_slug").on(t.slug),
    index("idx_course_instructor").on(t.instructorId),
    check("courses_status_check", sql`${t.status} in ('draft','published','archived')`),
  ],
);

export const modules = pgTable(
  "modules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("idx_module_course").on(t.courseId, t.position)],
);

export const lessons = pgTable(
  "lessons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    position: integer("position").notNull().default(0),
    contentType: text("content_type").$type<LessonContentType>().notNull().default("text"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("idx_lesson_module").on(t.moduleId, t.position),
    check("lessons_content_type_check", sql`${t.contentType} in ('video','text','quiz')`),
  ],
);

export const enrollments = pgTable(
  "enrollments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    studentId: text("student_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    enrolledAt: timestamp("enrolled_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("enrollments_course_student_unique").on(t.courseId, t.studentId),
    index("idx_enrollment_student").on(t.studentId),
    // The console's: keyset paging of the Enrollments grid, overall and within one course.
    index("idx_enrollment_time").on(t.enrolledAt, t.id),
    index("idx_enrollment_course_time").on(t.courseId, t.enrolledAt, t.id),
  ],
);

export const lessonProgress = pgTable(
  "lesson_progress",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => lessons.id, { onDelete: "cascade" }),
    studentId: text("student_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    status: text("status").$type<ProgressStatus>().notNull().default("not_started"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    unique("lesson_progress_student_lesson_unique").on(t.studentId, t.lessonId),
    index("idx_progress_student_lesson").on(t.studentId, t.lessonId),
    // The console's: keyset paging of the Progress grid (unfinished rows sort as the epoch), also by status.
    index("idx_progress_completed").on(sql`coalesce(${t.completedAt}, 'epoch'::timestamptz)`, t.id),
    index("idx_progress_status_completed").on(t.status, sql`coalesce(${t.completedAt}, 'epoch'::timestamptz)`, t.id),
    // The console's: the overview's active learners read completions in a range index-only.
    index("idx_progress_completed_student").on(t.completedAt, t.studentId).where(sql`${t.completedAt} is not null`),
    check("lesson_progress_status_check", sql`${t.status} in ('not_started','in_progress','completed')`),
  ],
);

export const coursesRelations = relations(courses, ({ one, many }) => ({
  instructor: one(user, { fields: [courses.instructorId], references: [user.id] }),
  modules: many(modules),
  enrollments: many(enrollments),
}));

export const modulesRelations = relations(modules, ({ one, many }) => ({
  course: one(courses, { fields: [modules.courseId], references: [courses.id] }),
  lessons: many(lessons),
}));

export const lessonsRelations = relations(lessons, ({ one, many }) => ({
  module: one(modules, { fields: [lessons.moduleId], references: [modules.id] }),
  progress: many(lessonProgress),
}));

export const enrollmentsRelations = relations(enrollments, ({ one }) => ({
  course: one(courses, { fields: [enrollments.courseId], references: [courses.id] }),
  student: one(user, { fields: [enrollments.studentId], references: [user.id] }),
}));

export const lessonProgressRelations = relations(lessonProgress, ({ one }) => ({
  lesson: one(lessons, { fields: [lessonProgress.lessonId], references: [lessons.id] }),
  student: one(user, { fields: [lessonProgress.studentId], references: [user.id] }),
}));
