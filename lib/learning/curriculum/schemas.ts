import { z } from "zod";
import { lessonContentTypes } from "@/lib/db/schema/lms-values";
import { rowVersion } from "@/lib/forms/row-version";
import { courseId } from "@/lib/learning/courses/schemas";

const moduleId = z.guid({ error: "That module does not exist." });
const lessonId = z.guid({ error: "That lesson does not exist." });
const title = z.string().trim().min(1, { error: "Give it a title." }).max(200);
const contentType = z.enum(lessonContentTypes, { error: "Pick a content type." });

/** The complete list of a parent's children in their new order: no repeats. */
function newOrder<T extends z.ZodType<string>>(id: T) {
  return z
    .array(id)
    .min(1)
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, { error: "The new order lists an item twice." });
}

export const addModuleSchema = z.object({ courseId, title });
export const renameModuleSchema = z.object({ id: moduleId, version: rowVersion, title });
export const moduleRefSchema = z.object({ id: moduleId });
export const reorderModulesSchema = z.object({ courseId, ids: newOrder(moduleId) });

export const addLessonSchema = z.object({ moduleId, title, contentType });
export const updateLessonSchema = z.object({ id: lessonId, version: rowVersion, title, contentType });
export const lessonRefSchema = z.object({ id: lessonId });
export const reorderLessonsSchema = z.object({ moduleId, ids: newOrder(lessonId) });
