import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { versionOf } from "@/lib/actions/lock-row";
import { db } from "@/lib/db/client";
import { lessons, modules, type LessonContentType } from "@/lib/db/schema";

/** `version`: the row version, for edit conflicts. */
export type CurriculumLesson = { id: string; title: string; contentType: LessonContentType; version: string };
export type CurriculumModule = { id: string; title: string; version: string; lessons: CurriculumLesson[] };

/** A course's modules in position order, each with its lessons in position order (two queries). */
export async function getCurriculum(courseId: string): Promise<CurriculumModule[]> {
  const moduleRows = await db
    .select({ id: modules.id, title: modules.title, version: versionOf(modules) })
    .from(modules)
    .where(eq(modules.courseId, courseId))
    .orderBy(asc(modules.position), asc(modules.createdAt), asc(modules.id));
  if (moduleRows.length === 0) return [];
  const lessonRows = await db
    .select({ id: lessons.id, moduleId: lessons.moduleId, title: lessons.title, contentType: lessons.contentType, version: versionOf(lessons) })
    .from(lessons)
    .where(inArray(lessons.moduleId, moduleRows.map((m) => m.id)))
    .orderBy(asc(lessons.position), asc(lessons.createdAt), asc(lessons.id));
  return moduleRows.map((module) => ({
    ...module,
    lessons: lessonRows
      .filter((lesson) => lesson.moduleId === module.id)
      .map(({ id, title, contentType, version }) => ({ id, title, contentType, version })),
  }));
}
