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
import { activitiesGrid } from "@/lib/crm/activities/grid";
import { listActivities } from "@/lib/crm/activities/queries";
import { boardFiltersSchema } from "@/lib/crm/board/filters";
import { getBoard } from "@/lib/crm/board/queries";
import { companiesGrid } from "@/lib/crm/companies/grid";
import { listCompanies } from "@/lib/crm/companies/queries";
import { contactsGrid } from "@/lib/crm/contacts/grid";
import { listContacts } from "@/lib/crm/contacts/queries";
import { dealsGrid } from "@/lib/crm/deals/grid";
import { listDeals } from "@/lib/crm/deals/queries";
import { salesOverview } from "@/lib/crm/overview/queries";
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
  {
    path: "/sales/companies",
    variants: [
      { name: "first", query: "" },
      { name: "search", query: "?q=robotics" },
      { name: "sorted", query: "?sort=name.asc" },
      { name: "deep", query: "?page=700" },
    ],
    sqlFloor: (params) => listCompanies(loadGridState(companiesGrid, params)),
  },
  {
    path: "/sales/contacts",
    variants: [
      { name: "first", query: "" },
      { name: "search", query: "?q=contact4711" },
      { name: "company", query: "?company=company-77.example" },
      { name: "sorted", query: "?sort=email.asc" },
      { name: "deep", query: "?page=1000" },
    ],
    sqlFloor: (params) => listContacts(loadGridState(contactsGrid, params)),
  },
  {
    path: "/sales/deals",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?stage=won&amount=1000..50000" },
      { name: "search", query: "?q=migration%20%2312" },
      { name: "sorted", query: "?sort=amount.desc" },
      { name: "deep", query: "?page=1000" },
    ],
    sqlFloor: (params) => listDeals(loadGridState(dealsGrid, params)),
  },
  {
    path: "/sales/activities",
    variants: [
      { name: "first", query: "" },
      { name: "filtered", query: "?type=call" },
      { name: "deep", query: deepCursor({ table: "activities", time: "occurred_at", id: "id", desc: true }) },
    ],
    sqlFloor: (params) => listActivities(loadGridState(activitiesGrid, params)),
  },
  {
    // Scale pipeline 1 (lib/scale/steps/crm.ts): 20,000 of the 100,000 deals, as big as any.
    path: "/sales/pipelines/5ca10009-0000-4000-8000-000000000001",
    variants: [
      { name: "board", query: "" },
      { name: "owner", query: "?owner=scale_user_18" },
      { name: "closing", query: "?from=2026-12-01&to=2026-12-31" },
    ],
    sqlFloor: (params) =>
      getBoard("5ca10009-0000-4000-8000-000000000001", boardFiltersSchema.parse(Object.fromEntries([...params].filter(([key]) => ["owner", "from", "to"].includes(key))))),
  },
  {
    path: "/sales",
    variants: [{ name: "overview", query: "" }],
    sqlFloor: () => salesOverview(),
  },
];
