// Keyset batches must return exactly the rows of one ordered query, ties and nulls included.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGridState } from "@/lib/data-table/search-params";
import { defineGrid } from "@/lib/data-table/spec";
import { bindGrid, gridOrderBy, gridWhere, selectFromGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { lessonProgress, lessons } from "@/lib/db/schema";
import { createCourse, createStudent, recordProgress } from "@/lib/learning/test-fixtures";
import { gridRowBatches } from "./batches";

const grid = defineGrid({
  columns: [
    { id: "completed", header: "Completed", sortable: true },
    { id: "lesson", header: "Lesson", sortable: true },
  ],
  defaultSort: { id: "completed", desc: true },
  paging: { mode: "offset" },
});

let binding: ReturnType<typeof bindGrid<"completed" | "lesson">>;

beforeAll(async () => {
  const { lessons: courseLessons } = await createCourse("batches", 4);
  // 4 lessons × 3 students: 4 completed (2 sharing a time), 8 with a null completed_at.
  for (let s = 0; s < 3; s++) {
    const student = await createStudent(`batch_student_${s}`);
    for (const [i, lesson] of courseLessons.entries()) {
      await recordProgress(lesson.id, student.id, s === 0 || (s === 1 && i === 0) ? "completed" : "in_progress");
    }
  }
  const shared = new Date("2025-05-05T05:05:05.123456Z");
  await db.update(lessonProgress).set({ completedAt: shared }).where(eq(lessonProgress.studentId, "batch_student_1"));
  await db.update(lessonProgress).set({ completedAt: shared }).where(eq(lessonProgress.lessonId, courseLessons[0].id));
  binding = bindGrid(grid, {
    from: lessonProgress,
    joins: [{ table: lessons, on: eq(lessons.id, lessonProgress.lessonId) }],
    rowId: lessonProgress.id,
    columns: { completed: lessonProgress.completedAt, lesson: lessons.title },
    where: eq(lessons.moduleId, courseLessons[0].moduleId),
  });
});

describe("gridRowBatches", () => {
  it.each(["completed.desc", "completed.asc", "lesson.asc", "lesson.desc"])("pages %s in batches of 2 exactly like one query", async (sort) => {
    const state = loadGridState(grid, { sort });
    const all = await selectFromGrid(binding, { id: lessonProgress.id })
      .where(gridWhere(binding, state))
      .orderBy(...gridOrderBy(binding, state));
    const batched: string[] = [];
    const sizes: number[] = [];
    for await (const batch of gridRowBatches(binding, state, { id: lessonProgress.id }, 2)) {
      sizes.push(batch.length);
      batched.push(...batch.map((row) => row.id as string));
    }
    expect(all).toHaveLength(12);
    expect(batched).toEqual(all.map((row) => row.id));
    expect(Math.max(...sizes)).toBe(2);
  });
});
