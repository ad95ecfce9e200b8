"use server";

import { eq } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { lockForEdit, lockRow } from "@/lib/actions/lock-row";
import type { Transaction } from "@/lib/db/client";
import { courses } from "@/lib/db/schema";
import { courseCounts } from "./queries";
import { courseRefSchema, createCourseSchema, updateCourseSchema } from "./schemas";

const revalidate = "/learning";

const courseConstraints = {
  courses_slug_unique: { field: "slug", message: "Another course already uses this slug." },
  courses_instructor_id_user_id_fk: { field: "instructorId", message: "That user no longer exists. Pick another instructor." },
  courses_status_check: { field: "status", message: "Pick one of the listed statuses." },
};

/** The course as it is now, locked until the transaction ends. */
const lockCourse = (tx: Transaction, id: string) => lockRow(tx, courses, id, "That course no longer exists.");

export const createCourse = defineAction({
  resource: "course",
  action: "create",
  schema: createCourseSchema,
  constraints: courseConstraints,
  revalidate,
  async run(input, { tx, audit }) {
    const [created] = await tx.insert(courses).values(input).returning();
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const updateCourse = defineAction({
  resource: "course",
  action: "update",
  schema: updateCourseSchema,
  constraints: courseConstraints,
  revalidate,
  async run({ id, version, ...changes }, { tx, audit }) {
    const before = await lockForEdit(tx, courses, { id, version }, { resource: "course", missing: "That course no longer exists." });
    const [after] = await tx.update(courses).set(changes).where(eq(courses.id, id)).returning();
    audit({ resourceId: id, before, after });
    return { id };
  },
});

/** Deletes the course; its modules, lessons, enrollments and progress go with it (ON DELETE CASCADE). */
export const deleteCourse = defineAction({
  resource: "course",
  action: "delete",
  schema: courseRefSchema,
  // The course page that asked is leaving for the list; re-rendering it would flash a 404.
  revalidate: false,
  async run({ id }, { tx, audit }) {
    const course = await lockCourse(tx, id);
    const [{ counts }] = await tx.select({ counts: courseCounts }).from(courses).where(eq(courses.id, id));
    await tx.delete(courses).where(eq(courses.id, id));
    audit({ resourceId: id, before: { ...course, removed: counts } });
    return { id, removed: counts };
  },
});
