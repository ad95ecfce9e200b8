import { eq, inArray } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog, courses, enrollments, lessonProgress, lessons, modules } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { actAnonymously, actAs, createLogin } from "@/lib/test/auth";
import { createCourse, deleteCourse, updateCourse } from "./actions";
import { insertCourse } from "@/lib/learning/test-fixtures";
import { auditCount } from "@/lib/test/audit";
import { versionNow } from "@/lib/test/row-version";

const slugs = ["ct-sql-basics", "ct-taken", "ct-renamed"];
const newCourse = { title: "SQL Basics", slug: "ct-sql-basics", status: "draft", instructorId: "staff_admin" } as const;

async function coursesWithSlug(slug: string) {
  return db.select().from(courses).where(eq(courses.slug, slug));
}

// Courses need an instructor: the seeded staff logins.
beforeAll(() => seedStaff(db));

beforeEach(async () => {
  await db.delete(courses).where(inArray(courses.slug, slugs));
});

describe("createCourse", () => {
  it("creates the course with an audit row", async () => {
    await actAs("admin");
    const result = await createCourse(newCourse);
    const [created] = await coursesWithSlug(newCourse.slug);
    expect(result.data).toEqual({ id: created.id });
    expect(created).toMatchObject(newCourse);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, created.id));
    expect(entry).toMatchObject({ resource: "course", action: "create", actorRole: "admin", before: null });
    expect(entry.after).toMatchObject({ slug: newCourse.slug, title: newCourse.title });
  });

  it("puts a duplicate slug on the slug field", async () => {
    await insertCourse("ct-taken");
    await actAs("admin");
    const result = await createCourse({ ...newCourse, slug: "ct-taken" });
    expect(result.validationErrors?.fieldErrors.slug).toEqual(["Another course already uses this slug."]);
    expect(await coursesWithSlug("ct-taken")).toHaveLength(1);
  });

  it("puts an instructor who does not exist on the instructor field", async () => {
    await actAs("admin");
    const result = await createCourse({ ...newCourse, instructorId: "nobody-here" });
    expect(result.validationErrors?.fieldErrors.instructorId).toEqual(["That user no longer exists. Pick another instructor."]);
    expect(await coursesWithSlug(newCourse.slug)).toHaveLength(0);
  });

  it("rejects a slug that is not lowercase-kebab and a missing instructor, writing nothing", async () => {
    await actAs("admin");
    const before = await auditCount();
    const result = await createCourse({ ...newCourse, slug: "SQL Basics!", instructorId: "" });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["instructorId", "slug"]);
    expect(await auditCount()).toBe(before);
  });

  it.each(["support", "finance"] as const)("refuses %s and writes nothing", async (role) => {
    await actAs(role);
    const before = await auditCount();
    const result = await createCourse(newCourse);
    expect(result.serverError).toMatch(/may not create course/);
    expect(await coursesWithSlug(newCourse.slug)).toHaveLength(0);
    expect(await auditCount()).toBe(before);
  });

  it("refuses a caller without a session", async () => {
    actAnonymously();
    const result = await createCourse(newCourse);
    expect(result.serverError).toMatch(/sign in/i);
    expect(await coursesWithSlug(newCourse.slug)).toHaveLength(0);
  });
});

describe("updateCourse", () => {
  it("changes the course and audits before and after", async () => {
    const course = await insertCourse("ct-sql-basics");
    const instructor = await createLogin("user", "ct_instructor");
    await actAs("admin");
    const version = await versionNow(courses, course.id);
    const result = await updateCourse({ id: course.id, version, title: "SQL, Renamed", slug: "ct-renamed", status: "published", instructorId: instructor.id });
    expect(result.data).toEqual({ id: course.id });
    const [row] = await db.select().from(courses).where(eq(courses.id, course.id));
    expect(row).toMatchObject({ title: "SQL, Renamed", slug: "ct-renamed", status: "published", instructorId: instructor.id });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, course.id));
    expect(entry).toMatchObject({ action: "update", before: expect.objectContaining({ slug: "ct-sql-basics" }), after: expect.objectContaining({ slug: "ct-renamed" }) });
  });

  it("puts a slug taken by another course on the slug field", async () => {
    const course = await insertCourse("ct-sql-basics");
    await insertCourse("ct-taken");
    await actAs("admin");
    const result = await updateCourse({ ...newCourse, id: course.id, version: await versionNow(courses, course.id), slug: "ct-taken" });
    expect(result.validationErrors?.fieldErrors.slug).toEqual(["Another course already uses this slug."]);
    expect(await coursesWithSlug("ct-sql-basics")).toHaveLength(1);
  });

  it("says so when the course is gone", async () => {
    await actAs("admin");
    const result = await updateCourse({ ...newCourse, id: "00000000-0000-4000-8000-000000000000", version: "1" });
    expect(result.serverError).toBe("That course no longer exists.");
  });

  it.each(["support", "finance"] as const)("refuses %s and changes nothing", async (role) => {
    const course = await insertCourse("ct-sql-basics");
    await actAs(role);
    const result = await updateCourse({ ...newCourse, id: course.id, version: await versionNow(courses, course.id), title: "Hijacked" });
    expect(result.serverError).toMatch(/may not update course/);
    const [row] = await db.select().from(courses).where(eq(courses.id, course.id));
    expect(row.title).toBe(course.title);
  });
});

describe("edit conflicts", () => {
  it("refuses the second of two concurrent edits opened on the same version: the first survives", async () => {
    const course = await insertCourse("ct-sql-basics");
    const opened = await versionNow(courses, course.id);
    await actAs("admin");
    const edit = (title: string) => updateCourse({ ...newCourse, id: course.id, version: opened, title });
    const results = await Promise.all([edit("First edit"), edit("Second edit")]);

    const saved = results.filter((r) => r.data);
    const refused = results.filter((r) => r.validationErrors);
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].validationErrors?.fieldErrors.version).toEqual([
      expect.stringMatching(/^Changed by Ada Admin at \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC since you opened it\. Nothing was saved/),
    ]);
    const winner = results[0].data ? "First edit" : "Second edit";
    const [row] = await db.select().from(courses).where(eq(courses.id, course.id));
    expect(row.title).toBe(winner);
    // One update audited, not two: the refused save wrote nothing.
    const entries = await db.select().from(auditLog).where(eq(auditLog.resourceId, course.id));
    expect(entries.map((e) => e.action)).toEqual(["update"]);
  });

  it("saves again from the current version, and refuses a stale one after any other change", async () => {
    const course = await insertCourse("ct-sql-basics");
    await actAs("admin");
    const opened = await versionNow(courses, course.id);
    expect((await updateCourse({ ...newCourse, id: course.id, version: opened, title: "Once" })).data).toEqual({ id: course.id });
    const stale = await updateCourse({ ...newCourse, id: course.id, version: opened, title: "Twice" });
    expect(stale.validationErrors?.fieldErrors.version?.[0]).toMatch(/^Changed by Ada Admin at .* since you opened it/);
    const fresh = await updateCourse({ ...newCourse, id: course.id, version: await versionNow(courses, course.id), title: "Twice" });
    expect(fresh.data).toEqual({ id: course.id });
    // A change made outside the console (no audit row) is still a conflict.
    const beforeOutside = await versionNow(courses, course.id);
    await db.update(courses).set({ title: "By the LMS itself" }).where(eq(courses.id, course.id));
    const outside = await updateCourse({ ...newCourse, id: course.id, version: beforeOutside, title: "Mine" });
    expect(outside.validationErrors?.fieldErrors.version?.[0]).toMatch(/^Changed by Ada Admin/);
  });
});

describe("deleteCourse", () => {
  async function courseWithEverything() {
    const course = await insertCourse("ct-sql-basics");
    const student = await createLogin("user", "ct_student");
    const [module] = await db.insert(modules).values({ courseId: course.id, title: "Intro" }).returning();
    const created = await db
      .insert(lessons)
      .values([0, 1].map((position) => ({ moduleId: module.id, title: `Lesson ${position}`, position })))
      .returning();
    await db.insert(enrollments).values({ courseId: course.id, studentId: student.id }).onConflictDoNothing();
    await db.insert(lessonProgress).values({ lessonId: created[0].id, studentId: student.id, status: "completed" });
    return { course, module };
  }

  it("removes the course with everything under it and audits what went", async () => {
    const { course, module } = await courseWithEverything();
    await actAs("admin");
    const result = await deleteCourse({ id: course.id });
    const removed = { modules: 1, lessons: 2, enrollments: 1, progress: 1 };
    expect(result.data).toEqual({ id: course.id, removed });
    expect(await coursesWithSlug("ct-sql-basics")).toHaveLength(0);
    expect(await db.$count(lessons, eq(lessons.moduleId, module.id))).toBe(0);
    expect(await db.$count(enrollments, eq(enrollments.courseId, course.id))).toBe(0);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, course.id));
    expect(entry).toMatchObject({ action: "delete", before: expect.objectContaining({ slug: "ct-sql-basics", removed }) });
  });

  it.each(["support", "finance"] as const)("refuses %s and deletes nothing", async (role) => {
    const { course } = await courseWithEverything();
    await actAs(role);
    const result = await deleteCourse({ id: course.id });
    expect(result.serverError).toMatch(/may not delete course/);
    expect(await coursesWithSlug("ct-sql-basics")).toHaveLength(1);
    expect(await db.$count(enrollments, eq(enrollments.courseId, course.id))).toBe(1);
  });

  it("refuses a caller without a session", async () => {
    const course = await insertCourse("ct-sql-basics");
    actAnonymously();
    expect((await deleteCourse({ id: course.id })).serverError).toMatch(/sign in/i);
    expect(await coursesWithSlug("ct-sql-basics")).toHaveLength(1);
  });
});
