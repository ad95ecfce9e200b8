import { beforeAll, describe, expect, it } from "vitest";
import { loadGridState } from "@/lib/data-table/search-params";
import { createCourse, createStudent, recordProgress } from "@/lib/learning/test-fixtures";
import { progressGrid } from "./grid";
import { listProgress } from "./queries";

beforeAll(async () => {
  const { lessons } = await createCourse("progress-grid", 3);
  const student = await createStudent("progress_grid_student", "Grid Learner");
  await recordProgress(lessons[0].id, student.id, "completed");
  await recordProgress(lessons[1].id, student.id, "completed");
  await recordProgress(lessons[2].id, student.id, "in_progress");
});

const list = (params: Record<string, string>) => listProgress(loadGridState(progressGrid, params));

describe("listProgress", () => {
  it("filters by student and course through the joined tables, completed first", async () => {
    const page = await list({ student: "grid learner", course: "progress-grid" });
    expect(page.rows.map((r) => [r.lessonTitle, r.status])).toEqual([
      [expect.stringMatching(/^Lesson progress-grid\.[12]$/), "completed"],
      [expect.stringMatching(/^Lesson progress-grid\.[12]$/), "completed"],
      ["Lesson progress-grid.3", "in_progress"],
    ]);
    expect(page.rows[0]).toMatchObject({ studentEmail: "progress_grid_student@example.test", moduleTitle: "Module progress-grid" });
  });

  it("counts statuses only while a student or course filter narrows the table", async () => {
    expect((await list({})).facets).toEqual({});
    expect((await list({ student: "grid learner" })).facets).toEqual({ status: { completed: 2, in_progress: 1 } });
  });

  it("pages with keyset cursors, unfinished lessons after completed ones", async () => {
    const first = await list({ student: "grid learner", size: "10", sort: "completed.asc" });
    expect(first.rows[0].status).toBe("in_progress");
    expect(first.paging).toMatchObject({ mode: "keyset", next: null, prev: null });
  });
});
