// Hole 6 (URL side): garbage URL state — null bytes, impossible or out-of-range dates, numbers
// past the column's range, cursors whose time or id PostgreSQL cannot read — is dropped at
// parsing: every grid answers its default page instead of reaching PostgreSQL and failing.
import { describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/audit/queries";
import { encodeCursor } from "@/lib/data-table/cursor";
import { loadGridState } from "@/lib/data-table/search-params";
import type { GridSpec } from "@/lib/data-table/spec";
import { auditGrid } from "@/lib/audit/grid";
import { coursesGrid } from "@/lib/learning/courses/grid";
import { listCourses } from "@/lib/learning/courses/queries";
import { enrollmentsGrid } from "@/lib/learning/enrollments/grid";
import { listEnrollments } from "@/lib/learning/enrollments/queries";
import { progressGrid } from "@/lib/learning/progress/grid";
import { listProgress } from "@/lib/learning/progress/queries";
import { usersGrid } from "@/lib/people/grid";
import { listUsers } from "@/lib/people/queries";

const cursor = (time: string, id: string) => encodeCursor({ time, id, direction: "next", desc: true });

const garbage: Record<string, string>[] = [
  { q: "\u0000abc" },
  { q: "abc\u0000" },
  { actor: "\u0000x" },
  { instructor: "\u0000" },
  { email: "a\u0000b" },
  { created: "0001-01-01..9999-12-31" },
  { at: "0001-01-01..9999-12-31" },
  { enrolled: "9999-12-31.." },
  { completed: "..0001-01-01" },
  { cursor: cursor("2025-01-01 00:00:00+00", "not-a-uuid") },
  { cursor: cursor("2025-01-01 00:00:00+00", "99999999999999999999") },
  { cursor: cursor("2025-01-01 00:00:00+99", "00000000-0000-0000-0000-000000000000") },
  { cursor: cursor("0001-01-01 00:00:00+00", "1") },
  { cursor: cursor("9999-12-31 23:59:59+00", "a\u0000") },
];

const grids: [string, GridSpec, (state: ReturnType<typeof loadGridState>) => Promise<unknown>][] = [
  ["users", usersGrid, listUsers],
  ["audit", auditGrid, listAuditEntries],
  ["courses", coursesGrid, listCourses],
  ["enrollments", enrollmentsGrid, listEnrollments],
  ["progress", progressGrid, listProgress],
];

describe.each(grids)("the %s grid with garbage in the URL", (_name, spec, list) => {
  it.each(garbage.map((g) => [JSON.stringify(g), g]))("%s → the default page, no database error", async (_label, params) => {
    const state = loadGridState(spec, params);
    await expect(list(state)).resolves.toBeTruthy();
  });
});
