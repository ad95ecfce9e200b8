import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { lessonProgress, lessons, user } from "@/lib/db/schema";
import { createCourse, createStudent, recordProgress } from "@/lib/learning/test-fixtures";

type Counts = Record<string, number>;

// Both reads in one snapshot, so rows other test files write meanwhile fall on both sides alike.
async function rollupAndRaw(): Promise<{ rollup: Counts; raw: Counts }> {
  return db.transaction(
    async (tx) => {
      const read = async (query: ReturnType<typeof sql>) =>
        Object.fromEntries((await tx.execute<{ status: string; n: number }>(query)).map((row) => [row.status, row.n]));
      return {
        rollup: await read(sql`select status, sum(rows)::int as n from console_progress_status_totals group by 1 having sum(rows) <> 0`),
        raw: await read(sql`select status, count(*)::int as n from lesson_progress group by 1`),
      };
    },
    { isolationLevel: "repeatable read" },
  );
}

async function expectInStep() {
  const { rollup, raw } = await rollupAndRaw();
  expect(rollup).toEqual(raw);
}

describe("progress-status rollup", () => {
  it("stays equal to the lesson_progress rows through inserts, updates and cascading deletes", async () => {
    const { lessons: courseLessons } = await createCourse("status_totals", 4);
    const students = await Promise.all(["status_totals_a", "status_totals_b"].map((id) => createStudent(id)));
    await expectInStep();

    for (const student of students) {
      await recordProgress(courseLessons[0].id, student.id, "completed");
      await recordProgress(courseLessons[1].id, student.id, "in_progress");
    }
    // One multi-row statement, as bulk loaders write.
    await db.insert(lessonProgress).values(students.map((student) => ({ lessonId: courseLessons[2].id, studentId: student.id, status: "not_started" as const })));
    await expectInStep();

    // A reset-style update of one student's rows across statuses, then one of a lesson's rows for both students.
    await db.update(lessonProgress).set({ status: "not_started", completedAt: null }).where(inArray(lessonProgress.studentId, [students[0].id]));
    await db.update(lessonProgress).set({ status: "completed", completedAt: new Date() }).where(eq(lessonProgress.lessonId, courseLessons[2].id));
    await expectInStep();

    // Cascades: a lesson's progress goes with the lesson, a student's with the user.
    await db.delete(lessons).where(eq(lessons.id, courseLessons[1].id));
    await expectInStep();
    await db.delete(user).where(eq(user.id, students[1].id));
    await expectInStep();
  });

  it("empties with a TRUNCATE of lesson_progress", async () => {
    const rolledBack = new Error("roll back the truncate");
    let inside: unknown;
    // Test files run one after another, so the truncate (rolled back here) blocks no one.
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`truncate lesson_progress`);
        inside = [...(await tx.execute(sql`select status from console_progress_status_totals`))];
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(inside).toEqual([]);
    await expectInStep();
  });
});
