// THE list of grid pages the bench measures. Add a grid here when it lands: its path, the URL
// variants (first / filtered / sorted / deep — any number, any names), and `sqlFloor`, which runs
// the same query function the page runs so the report can show the database's share.
// A page that answers 404 (not built yet) is skipped.
import type { Sql } from "postgres";
import { auditGrid } from "@/lib/audit/grid";
import { listAuditEntries } from "@/lib/audit/queries";
import { encodeCursor } from "@/lib/data-table/cursor";
import { loadGridState } from "@/lib/data-table/search-params";
import { coursesGrid } from "@/lib/learning/courses/grid";
import { listCourses } from "@/lib/learning/courses/queries";
import { enrollmentsGrid } from "@/lib/learning/enrollments/grid";
import { listEnrollments } from "@/lib/learning/enrollments/queries";
import { progressGrid } from "@/lib/learning/progress/grid";
import { listProgress } from "@/lib/learning/progress/queries";
import { usersGrid } from "@/lib/people/grid";
import { listUsers } from "@/lib/people/queries";

/** A query string ("" or "?…"), fixed or computed from the scale database (e.g. a deep keyset cursor). */
export type VariantQuery = string | ((sql: Sql) => Promise<string>);

export type BenchVariant = { name: string; query: VariantQuery };

export type BenchPage = {
  path: string;
  variants: BenchVariant[];
  /** Runs the page's own grid query for the given URL parameters. */
  sqlFloor?: (params: URLSearchParams) => Promise<unknown>;
};

/** Rows a deep page skips: page 1000 of 25. */
const DEEP_ROWS = 25_000;

/**
 * The keyset equivalent of page 1000: a "next" cursor at the row DEEP_ROWS down the grid's
 * (time, id) order, with time and id as PostgreSQL's text (as the grid's own cursors carry them).
 */
function deepCursor(opts: { table: string; time: string; id: string; desc: boolean }): VariantQuery {
  return async (sql) => {
    const direction = opts.desc ? "desc" : "asc";
    const [row] = await sql.unsafe<{ time: string; id: string }[]>(
      `select ${opts.time}::text as time, ${opts.id}::text as id from ${opts.table}
       order by ${opts.time} ${direction}, ${opts.id} ${direction} offset ${DEEP_ROWS - 1} limit 1`,
    );
    if (!row) throw new Error(`${opts.table} has fewer than ${DEEP_ROWS} rows`);
    return `?cursor=${encodeCursor({ time: row.time, id: row.id, direction: "next", desc: opts.desc })}`;
  };
}

export const benchPages: BenchPage[] = [
  {
    path: "/people/users",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?banned=yes" },
      { name: "search", query: "?q=garcia" },
      { name: "sorted", query: "?sort=name.asc" },
      { name: "deep", query: "?page=1000" },
    ],
    sqlFloor: (params) => listUsers(loadGridState(usersGrid, params)),
  },
  {
    path: "/audit",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?resource=user" },
      { name: "sorted", query: "?sort=at.asc" },
      { name: "deep", query: deepCursor({ table: "audit_log", time: "created_at", id: "id", desc: true }) },
    ],
    sqlFloor: (params) => listAuditEntries(loadGridState(auditGrid, params)),
  },
  {
    path: "/learning/courses",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?status=published" },
      { name: "sorted", query: "?sort=title.asc" },
      // 200 courses: the last page is as deep as this grid goes.
      { name: "deep", query: "?page=8" },
    ],
    sqlFloor: (params) => listCourses(loadGridState(coursesGrid, params)),
  },
  {
    path: "/learning/enrollments",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?course=typescript" },
      { name: "sorted", query: "?sort=enrolled.asc" },
      { name: "deep", query: deepCursor({ table: "enrollments", time: "enrolled_at", id: "id", desc: true }) },
    ],
    sqlFloor: (params) => listEnrollments(loadGridState(enrollmentsGrid, params)),
  },
  {
    path: "/learning/progress",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?status=completed" },
      // One learner by part of their email (name OR email, each trigram-indexed).
      { name: "student", query: "?student=lucia.rivera.4997" },
      { name: "sorted", query: "?sort=completed.asc" },
      {
        name: "deep",
        // The grid sorts unfinished lessons as completed at the epoch.
        query: deepCursor({ table: "lesson_progress", time: "coalesce(completed_at, 'epoch'::timestamptz)", id: "id", desc: true }),
      },
    ],
    sqlFloor: (params) => listProgress(loadGridState(progressGrid, params)),
  },
];
