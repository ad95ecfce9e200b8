// interpretActionResult against results of a real defineAction action (real session, real
// transaction, real constraint violations), then the cases only a hand-made result can show.
import { eq, like } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db/client";
import { courses } from "@/lib/db/schema";
import { actAs } from "@/lib/test/auth";
import { interpretActionResult, type FormAction } from "./action-result";

const SLUG_PREFIX = "form-kit-test-";

const courseSchema = z.object({
  slug: z.string().trim().min(3, { error: "At least 3 characters." }),
  title: z.string().trim().min(1, { error: "Give the course a title." }),
  instructorId: z.string().min(1),
});

const createCourse = defineAction({
  resource: "course",
  action: "create",
  schema: courseSchema,
  constraints: { courses_slug_unique: { field: "slug", message: "Another course already uses this slug." } },
  run: async (input, { tx, audit }) => {
    const [course] = await tx.insert(courses).values(input).returning({ id: courses.id });
    audit({ resourceId: course.id, after: input });
    return course;
  },
});

// Compile-time proof that a defineAction action is what the form kit accepts.
const formAction: FormAction<z.input<typeof courseSchema>, { id: string }> = createCourse;
const fields = Object.keys(courseSchema.shape);
const valid = { slug: `${SLUG_PREFIX}intro`, title: "Intro", instructorId: "staff_admin" };

async function removeTestCourses() {
  await db.delete(courses).where(like(courses.slug, `${SLUG_PREFIX}%`));
}

afterAll(removeTestCourses);

describe("interpretActionResult with a real action", () => {
  beforeEach(async () => {
    await removeTestCourses();
    await actAs("admin");
  });

  it("passes the data of a successful save", async () => {
    const outcome = interpretActionResult(await formAction(valid), fields);
    const [saved] = await db.select().from(courses).where(eq(courses.slug, valid.slug));
    expect(outcome).toEqual({ ok: true, data: { id: saved.id } });
  });

  it("puts the schema's messages on their fields", async () => {
    const outcome = interpretActionResult(await formAction({ ...valid, slug: "x", title: " " }), fields);
    expect(outcome).toEqual({
      ok: false,
      fieldErrors: { slug: "At least 3 characters.", title: "Give the course a title." },
      formErrors: [],
    });
  });

  it("puts a mapped unique violation on its field", async () => {
    await formAction(valid);
    const outcome = interpretActionResult(await formAction({ ...valid, title: "Intro again" }), fields);
    expect(outcome).toEqual({ ok: false, fieldErrors: { slug: "Another course already uses this slug." }, formErrors: [] });
  });

  it("shows an unmapped foreign-key violation above the form", async () => {
    const outcome = interpretActionResult(await formAction({ ...valid, instructorId: "nobody" }), fields);
    expect(outcome).toEqual({
      ok: false,
      fieldErrors: {},
      formErrors: ["That refers to a record that does not exist (or is still in use)."],
    });
  });

  it("shows a permission refusal above the form", async () => {
    await actAs("finance");
    const outcome = interpretActionResult(await formAction(valid), fields);
    expect(outcome).toMatchObject({ ok: false, fieldErrors: {}, formErrors: [expect.stringMatching(/may not create course/)] });
  });
});

describe("interpretActionResult edge cases", () => {
  it("moves errors of fields the form does not show to the form level, keeping form errors", () => {
    const outcome = interpretActionResult(
      { validationErrors: { formErrors: ["Dates overlap."], fieldErrors: { title: ["Too long.", "Other"], secret: ["Bad."] } } },
      ["title"],
    );
    expect(outcome).toEqual({ ok: false, fieldErrors: { title: "Too long." }, formErrors: ["Dates overlap.", "secret: Bad."] });
  });

  it("never fails silently on empty validation errors", () => {
    const outcome = interpretActionResult({ validationErrors: { formErrors: [], fieldErrors: {} } }, ["title"]);
    expect(outcome).toMatchObject({ ok: false, formErrors: [expect.any(String)] });
  });

  it("treats an action without a return value as success", () => {
    expect(interpretActionResult(undefined, [])).toEqual({ ok: true, data: undefined });
    expect(interpretActionResult({}, [])).toEqual({ ok: true, data: undefined });
  });

  it("reports a refusal on the row version as an edit conflict, its message at the top of the form", () => {
    const message = "Changed by Ada Admin at 1 Dec 2026, 23:05 UTC since you opened it. Nothing was saved: the form now shows the current values.";
    const result = { validationErrors: { formErrors: [], fieldErrors: { version: [message] } } };
    expect(interpretActionResult(result, ["title"])).toEqual({ ok: false, fieldErrors: {}, formErrors: [message], conflict: true });
  });
});
