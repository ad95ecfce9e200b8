"use server";

import { eq } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { lockForEdit, lockRow } from "@/lib/actions/lock-row";
import { currentOrder, nextPosition, writeOrder } from "@/lib/actions/positions";
import type { Transaction } from "@/lib/db/client";
import { courses, lessons, modules } from "@/lib/db/schema";
import {
  addLessonSchema,
  addModuleSchema,
  lessonRefSchema,
  moduleRefSchema,
  renameModuleSchema,
  reorderLessonsSchema,
  reorderModulesSchema,
  updateLessonSchema,
} from "./schemas";

const revalidate = "/learning";

// Locking the parent row serialises everything that numbers its children (adds and reorders),
// while foreign-key checks of unrelated writes (KEY SHARE) still pass.
const lockCourse = (tx: Transaction, id: string) => lockRow(tx, courses, id, "That course no longer exists.", "no key update");
const lockModule = (tx: Transaction, id: string) => lockRow(tx, modules, id, "That module no longer exists.", "no key update");
const lockLesson = (tx: Transaction, id: string) => lockRow(tx, lessons, id, "That lesson no longer exists.");

export const addModule = defineAction({
  resource: "module",
  action: "create",
  schema: addModuleSchema,
  revalidate,
  async run({ courseId, title }, { tx, audit }) {
    await lockCourse(tx, courseId);
    const position = await nextPosition(tx, modules, eq(modules.courseId, courseId));
    const [created] = await tx.insert(modules).values({ courseId, title, position }).returning();
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const renameModule = defineAction({
  resource: "module",
  action: "update",
  schema: renameModuleSchema,
  revalidate,
  async run({ id, version, title }, { tx, audit }) {
    const before = await lockForEdit(tx, modules, { id, version }, { resource: "module", missing: "That module no longer exists." });
    const [after] = await tx.update(modules).set({ title }).where(eq(modules.id, id)).returning();
    audit({ resourceId: id, before, after });
    return { id };
  },
});

/** Deletes a module and its lessons (and their progress rows, by cascade). */
export const deleteModule = defineAction({
  resource: "module",
  action: "delete",
  schema: moduleRefSchema,
  revalidate,
  async run({ id }, { tx, audit }) {
    const before = await lockModule(tx, id);
    const removedLessons = await tx.select().from(lessons).where(eq(lessons.moduleId, id));
    await tx.delete(modules).where(eq(modules.id, id));
    audit({ resourceId: id, before: { ...before, lessons: removedLessons } });
    return { id };
  },
});

export const reorderModules = defineAction({
  resource: "module",
  action: "update",
  schema: reorderModulesSchema,
  revalidate,
  async run({ courseId, ids }, { tx, audit }) {
    await lockCourse(tx, courseId);
    const parent = eq(modules.courseId, courseId);
    const before = await currentOrder(tx, modules, parent);
    await writeOrder(tx, modules, before, ids, "modules of this course");
    audit({ action: "reorder", resourceId: courseId, before: { moduleIds: before }, after: { moduleIds: ids } });
    return { ids };
  },
});

export const addLesson = defineAction({
  resource: "lesson",
  action: "create",
  schema: addLessonSchema,
  revalidate,
  async run({ moduleId, title, contentType }, { tx, audit }) {
    await lockModule(tx, moduleId);
    const position = await nextPosition(tx, lessons, eq(lessons.moduleId, moduleId));
    const [created] = await tx.insert(lessons).values({ moduleId, title, contentType, position }).returning();
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const updateLesson = defineAction({
  resource: "lesson",
  action: "update",
  schema: updateLessonSchema,
  revalidate,
  async run({ id, version, title, contentType }, { tx, audit }) {
    const before = await lockForEdit(tx, lessons, { id, version }, { resource: "lesson", missing: "That lesson no longer exists." });
    const [after] = await tx.update(lessons).set({ title, contentType }).where(eq(lessons.id, id)).returning();
    audit({ resourceId: id, before, after });
    return { id };
  },
});

/** Deletes a lesson and, by cascade, its progress rows. */
export const deleteLesson = defineAction({
  resource: "lesson",
  action: "delete",
  schema: lessonRefSchema,
  revalidate,
  async run({ id }, { tx, audit }) {
    const before = await lockLesson(tx, id);
    await tx.delete(lessons).where(eq(lessons.id, id));
    audit({ resourceId: id, before });
    return { id };
  },
});

export const reorderLessons = defineAction({
  resource: "lesson",
  action: "update",
  schema: reorderLessonsSchema,
  revalidate,
  async run({ moduleId, ids }, { tx, audit }) {
    await lockModule(tx, moduleId);
    const before = await currentOrder(tx, lessons, eq(lessons.moduleId, moduleId));
    await writeOrder(tx, lessons, before, ids, "lessons of this module");
    audit({ action: "reorder", resourceId: moduleId, before: { lessonIds: before }, after: { lessonIds: ids } });
    return { ids };
  },
});
