// Test data for the learning area's integration tests: courses (bare or with lessons), and students.
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { courses, enrollments, lessonProgress, lessons, modules, user } from "@/lib/db/schema";
import type { ProgressStatus } from "@/lib/db/schema/lms";
import { createLogin } from "@/lib/test/auth";

/** A bare draft course with this slug, taught by the seeded admin. */
export async function insertCourse(slug: string) {
  const [course] = await db.insert(courses).values({ title: `Course ${slug}`, slug, instructorId: "staff_admin" }).returning();
  return course;
}

/** A published course `key` with one module of `lessonCount` lessons (the instructor is a fresh end user). */
export async function createCourse(key: string, lessonCount = 3) {
  const instructor = await createLogin("user", `instructor_${key}`);
  const [course] = await db
    .insert(courses)
    .values({ slug: `course-${key}`, title: `Course ${key}`, instructorId: instructor.id, status: "published" })
    .returning();
  const [module] = await db.insert(modules).values({ courseId: course.id, title: `Module ${key}` }).returning();
  const lessonRows = await db
    .insert(lessons)
    .values(Array.from({ length: lessonCount }, (_, i) => ({ moduleId: module.id, title: `Lesson ${key}.${i + 1}`, position: i })))
    .returning();
  return { course, lessons: lessonRows };
}

/** An end user `id`, optionally with a given display name. */
export async function createStudent(id: string, name?: string) {
  const login = await createLogin("user", id);
  if (name) await db.update(user).set({ name }).where(eq(user.id, id));
  return { ...login, name: name ?? login.name };
}

export async function enroll(courseId: string, studentId: string, enrolledAt = new Date()) {
  const [row] = await db.insert(enrollments).values({ courseId, studentId, enrolledAt }).returning();
  return row;
}

export async function recordProgress(lessonId: string, studentId: string, status: ProgressStatus) {
  await db.insert(lessonProgress).values({ lessonId, studentId, status, completedAt: status === "completed" ? new Date() : null });
}
