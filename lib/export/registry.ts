import "server-only";
// The grids that can be exported as CSV: URL name → grid binding, the permission resource whose
// `export` action guards it, the fields to select and the CSV columns. A new exportable grid is
// one entry here (its binding and fields come from its queries file).
import type { SelectedFields } from "drizzle-orm/pg-core";
import { auditBinding, auditFields, type AuditRow } from "@/lib/audit/queries";
import type { Resource } from "@/lib/auth/permissions";
import type { GridBinding } from "@/lib/data-table/sql";
import { enrollmentFields, enrollmentsBinding, type EnrollmentRow } from "@/lib/learning/enrollments/queries";
import { progressStatusLabels } from "@/lib/learning/progress/grid";
import { progressBinding, progressFields, type ProgressRow } from "@/lib/learning/progress/queries";
import { userFields, usersBinding, type UserRow } from "@/lib/people/queries";
import type { CsvValue } from "./csv";

type CsvCell<Row> = (row: Row) => CsvValue;
/** A CSV column's cell; with `column` (a grid column id) it is left out while that column is hidden. */
type CsvColumns<Row> = Record<string, CsvCell<Row> | { column: string; cell: CsvCell<Row> }>;

export type CsvLayout = { headers: string[]; cells: (row: Record<string, unknown>) => CsvValue[] };

export type ExportableGrid = {
  resource: Resource;
  binding: GridBinding;
  fields: SelectedFields;
  /** The CSV columns for the grid's visible column ids, or every column for null. */
  layout: (visible: readonly string[] | null) => CsvLayout;
};

/** `Row` is what selecting `fields` returns; `columns` maps each CSV header to its cell. */
function exportable<Row>(grid: { resource: Resource; binding: GridBinding; fields: SelectedFields; columns: CsvColumns<Row> }): ExportableGrid {
  const all = Object.entries(grid.columns).map(([header, c]) => (typeof c === "function" ? { header, cell: c } : { header, ...c }));
  return {
    resource: grid.resource,
    binding: grid.binding,
    fields: grid.fields,
    layout: (visible) => {
      const chosen = visible ? all.filter((c) => !("column" in c) || visible.includes(c.column)) : all;
      return { headers: chosen.map((c) => c.header), cells: (row) => chosen.map((c) => c.cell(row as Row)) };
    },
  };
}

export const exportableGrids: Record<string, ExportableGrid> = {
  users: exportable<UserRow>({
    resource: "user",
    binding: usersBinding,
    fields: userFields,
    columns: {
      "Name": { column: "name", cell: (row) => row.name },
      "Email": { column: "email", cell: (row) => row.email },
      "Role": { column: "role", cell: (row) => row.role },
      "Banned": { column: "banned", cell: (row) => (row.banned ? "yes" : "no") },
      "Created at": { column: "created", cell: (row) => row.createdAt },
      "User id": (row) => row.id,
    },
  }),
  audit: exportable<AuditRow>({
    resource: "audit",
    binding: auditBinding,
    fields: auditFields,
    columns: {
      "At": (row) => row.createdAt,
      "Actor email": (row) => row.actorEmail,
      "Actor role": (row) => row.actorRole,
      "Impersonated by": (row) => row.impersonatorId,
      "Action": { column: "action", cell: (row) => row.action },
      "Resource": { column: "resource", cell: (row) => row.resource },
      "Record id": { column: "resourceId", cell: (row) => row.resourceId },
      "Before": { column: "changes", cell: (row) => (row.before === null ? null : JSON.stringify(row.before)) },
      "After": { column: "changes", cell: (row) => (row.after === null ? null : JSON.stringify(row.after)) },
      "IP": { column: "ip", cell: (row) => row.ip },
    },
  }),
  enrollments: exportable<EnrollmentRow>({
    resource: "enrollment",
    binding: enrollmentsBinding,
    fields: enrollmentFields,
    columns: {
      "Student": (row) => row.studentName,
      "Student email": (row) => row.studentEmail,
      "Course": { column: "course", cell: (row) => row.courseTitle },
      "Enrolled at": { column: "enrolled", cell: (row) => row.enrolledAt },
      "Enrollment id": (row) => row.id,
    },
  }),
  progress: exportable<ProgressRow>({
    resource: "progress",
    binding: progressBinding,
    fields: progressFields,
    columns: {
      "Student": (row) => row.studentName,
      "Student email": (row) => row.studentEmail,
      "Course": { column: "course", cell: (row) => row.courseTitle },
      "Module": { column: "lesson", cell: (row) => row.moduleTitle },
      "Lesson": { column: "lesson", cell: (row) => row.lessonTitle },
      "Status": { column: "status", cell: (row) => progressStatusLabels[row.status] },
      "Completed at": { column: "completed", cell: (row) => row.completedAt },
    },
  }),
};
