import { asc, eq, inArray } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog, courses, lessonProgress, lessons, modules } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { actAnonymously, actAs, createLogin } from "@/lib/test/auth";
import {
  addLesson,
  addModule,
  deleteLesson,
  deleteModule,
  renameModule,
  reorderLessons,
  reorderModules,
  updateLesson,
} from "./actions";
import { insertCourse } from "@/lib/learning/test-fixtures";
import { auditCount } from "@/lib/test/audit";
import { versionNow } from "@/lib/test/row-version";

const slugs = ["cu-course", "cu-other"];

async function insertModule(courseId: string, title: string, position: number) {
  const [module] = await db.insert(modules).values({ courseId, title, position }).returning();
  return module;
}
async function insertLessons(moduleId: string, titles: string[]) {
  return db
    .insert(lessons)
    .values(titles.map((title, position) => ({ moduleId, title, position })))
    .returning();
}
async function lessonTitles(moduleId: string) {
  const rows = await db.select({ title: lessons.title }).from(lessons).where(eq(lessons.moduleId, moduleId)).orderBy(asc(lessons.position));
  return rows.map((r) => r.title);
}
async function moduleTitles(courseId: string) {
  const rows = await db.select({ title: modules.title }).from(modules).where(eq(modules.courseId, courseId)).orderBy(asc(modules.position));
  return rows.map((r) => r.title);
}

let course: typeof courses.$inferSelect;
let first: typeof modules.$inferSelect;
let second: typeof modules.$inferSelect;
let lessonIds: string[];
let otherModuleLessonId: string;

// Courses need an instructor: the seeded staff logins.
beforeAll(() => seedStaff(db));

beforeEach(async () => {
  await db.delete(courses).where(inArray(courses.slug, slugs));
  course = await insertCourse("cu-course");
  first = await insertModule(course.id, "First", 0);
  second = await insertModule(course.id, "Second", 1);
  lessonIds = (await insertLessons(first.id, ["A", "B", "C"])).map((l) => l.id);
  otherModuleLessonId = (await insertLessons(second.id, ["Z"]))[0].id;
});

describe("modules", () => {
  it("adds a module after the last one, audited", async () => {
    await actAs("admin");
    const result = await addModule({ courseId: course.id, title: "Third" });
    expect(result.data?.id).toBeTruthy();
    expect(await moduleTitles(course.id)).toEqual(["First", "Second", "Third"]);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, result.data!.id));
    expect(entry).toMatchObject({ resource: "module", action: "create" });
  });

  it("refuses a module for a course that is gone", async () => {
    await actAs("admin");
    const result = await addModule({ courseId: "00000000-0000-4000-8000-000000000000", title: "Orphan" });
    expect(result.serverError).toBe("That course no longer exists.");
  });

  it("renames a module and rejects an empty title on the field", async () => {
    await actAs("admin");
    expect((await renameModule({ id: first.id, version: await versionNow(modules, first.id), title: "Getting started" })).data).toEqual({ id: first.id });
    expect(await moduleTitles(course.id)).toEqual(["Getting started", "Second"]);
    const invalid = await renameModule({ id: first.id, version: await versionNow(modules, first.id), title: " " });
    expect(invalid.validationErrors?.fieldErrors.title).toBeDefined();
  });

  it("deletes a module with its lessons and their progress, auditing the lessons", async () => {
    const student = await createLogin("user", "cu_student");
    await db.insert(lessonProgress).values({ lessonId: lessonIds[0], studentId: student.id });
    await actAs("admin");
    expect((await deleteModule({ id: first.id })).data).toEqual({ id: first.id });
    expect(await db.$count(lessons, inArray(lessons.id, lessonIds))).toBe(0);
    expect(await db.$count(lessonProgress, eq(lessonProgress.lessonId, lessonIds[0]))).toBe(0);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, first.id));
    expect((entry.before as { lessons: unknown[] }).lessons).toHaveLength(3);
  });

  it("reorders the modules of a course in one audited action", async () => {
    await actAs("admin");
    const result = await reorderModules({ courseId: course.id, ids: [second.id, first.id] });
    expect(result.data).toEqual({ ids: [second.id, first.id] });
    expect(await moduleTitles(course.id)).toEqual(["Second", "First"]);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, course.id));
    expect(entry).toMatchObject({
      resource: "module",
      action: "reorder",
      before: { moduleIds: [first.id, second.id] },
      after: { moduleIds: [second.id, first.id] },
    });
  });

  it("refuses a module order with a foreign or a missing module", async () => {
    const other = await insertCourse("cu-other");
    const foreign = await insertModule(other.id, "Foreign", 0);
    await actAs("admin");
    const before = await auditCount();
    expect((await reorderModules({ courseId: course.id, ids: [second.id, foreign.id] })).serverError).toMatch(/exactly the modules/);
    expect((await reorderModules({ courseId: course.id, ids: [second.id] })).serverError).toMatch(/exactly the modules/);
    expect(await moduleTitles(course.id)).toEqual(["First", "Second"]);
    expect(await auditCount()).toBe(before);
  });
});

describe("lessons", () => {
  it("adds a lesson at the end of its module with its content type", async () => {
    await actAs("admin");
    const result = await addLesson({ moduleId: first.id, title: "D", contentType: "quiz" });
    expect(result).toEqual({ data: { id: expect.any(String) } });
    const [created] = await db.select().from(lessons).where(eq(lessons.id, result.data!.id));
    expect(created).toMatchObject({ title: "D", contentType: "quiz", position: 3 });
  });

  it("puts an unknown content type on its field", async () => {
    await actAs("admin");
    const result = await addLesson({ moduleId: first.id, title: "D", contentType: "podcast" as never });
    expect(result.validationErrors?.fieldErrors.contentType).toEqual(["Pick a content type."]);
    expect(await lessonTitles(first.id)).toEqual(["A", "B", "C"]);
  });

  it("renames a lesson and changes its content type, audited", async () => {
    await actAs("admin");
    expect((await updateLesson({ id: lessonIds[1], version: await versionNow(lessons, lessonIds[1]), title: "B, revised", contentType: "video" })).data).toEqual({ id: lessonIds[1] });
    const [row] = await db.select().from(lessons).where(eq(lessons.id, lessonIds[1]));
    expect(row).toMatchObject({ title: "B, revised", contentType: "video" });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, lessonIds[1]));
    expect(entry).toMatchObject({ before: expect.objectContaining({ contentType: "text" }), after: expect.objectContaining({ contentType: "video" }) });
  });

  it("deletes a lesson", async () => {
    await actAs("admin");
    expect((await deleteLesson({ id: lessonIds[0] })).data).toEqual({ id: lessonIds[0] });
    expect(await lessonTitles(first.id)).toEqual(["B", "C"]);
    expect((await deleteLesson({ id: lessonIds[0] })).serverError).toBe("That lesson no longer exists.");
  });

  it("reorders the lessons of a module in one audited action", async () => {
    await actAs("admin");
    const order = [lessonIds[2], lessonIds[0], lessonIds[1]];
    expect((await reorderLessons({ moduleId: first.id, ids: order })).data).toEqual({ ids: order });
    expect(await lessonTitles(first.id)).toEqual(["C", "A", "B"]);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, first.id));
    expect(entry).toMatchObject({ resource: "lesson", action: "reorder", before: { lessonIds }, after: { lessonIds: order } });
  });

  it("refuses a lesson order with a lesson of another module, a missing lesson or a repeat", async () => {
    await actAs("admin");
    const before = await auditCount();
    const foreign = await reorderLessons({ moduleId: first.id, ids: [lessonIds[2], lessonIds[0], otherModuleLessonId] });
    expect(foreign.serverError).toMatch(/exactly the lessons/);
    const missing = await reorderLessons({ moduleId: first.id, ids: [lessonIds[2], lessonIds[0]] });
    expect(missing.serverError).toMatch(/exactly the lessons/);
    const repeated = await reorderLessons({ moduleId: first.id, ids: [lessonIds[2], lessonIds[2], lessonIds[0]] });
    expect(repeated.validationErrors?.fieldErrors.ids).toEqual(["The new order lists an item twice."]);
    expect(await lessonTitles(first.id)).toEqual(["A", "B", "C"]);
    expect(await lessonTitles(second.id)).toEqual(["Z"]);
    expect(await auditCount()).toBe(before);
  });
});

describe("who may change a curriculum", () => {
  const attempts = {
    addModule: () => addModule({ courseId: course.id, title: "Sneaky" }),
    renameModule: async () => renameModule({ id: first.id, version: await versionNow(modules, first.id), title: "Sneaky" }),
    deleteModule: () => deleteModule({ id: first.id }),
    reorderModules: () => reorderModules({ courseId: course.id, ids: [second.id, first.id] }),
    addLesson: () => addLesson({ moduleId: first.id, title: "Sneaky", contentType: "text" }),
    updateLesson: async () => updateLesson({ id: lessonIds[0], version: await versionNow(lessons, lessonIds[0]), title: "Sneaky", contentType: "quiz" }),
    deleteLesson: () => deleteLesson({ id: lessonIds[0] }),
    reorderLessons: () => reorderLessons({ moduleId: first.id, ids: [...lessonIds].reverse() }),
  };
  const cases = (["support", "finance", null] as const).flatMap((role) => Object.keys(attempts).map((name) => [role, name] as const));

  it.each(cases)("refuses %s calling %s and writes nothing", async (role, name) => {
    if (role) await actAs(role);
    else actAnonymously();
    const before = await auditCount();
    const result = await attempts[name as keyof typeof attempts]();
    expect(result.serverError).toMatch(role ? /may not/ : /sign in/i);
    expect(await moduleTitles(course.id)).toEqual(["First", "Second"]);
    expect(await lessonTitles(first.id)).toEqual(["A", "B", "C"]);
    const [lesson] = await db.select().from(lessons).where(eq(lessons.id, lessonIds[0]));
    expect(lesson.contentType).toBe("text");
    expect(await auditCount()).toBe(before);
  });
});
