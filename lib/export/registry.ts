import "server-only";
// The grids that can be exported as CSV: URL name → grid binding, the permission resource whose
// `export` action guards it, the fields to select and the CSV columns. A new exportable grid is
// one entry here (its binding and fields come from its queries file).
import type { SelectedFields } from "drizzle-orm/pg-core";
import { auditBinding, auditFields, type AuditRow } from "@/lib/audit/queries";
import type { Resource } from "@/lib/auth/permissions";
import type { GridBinding } from "@/lib/data-table/sql";
import { courseFields, coursesBinding, type CourseRow } from "@/lib/learning/courses/queries";
import { courseStatusLabels } from "@/lib/learning/courses/grid";
import { enrollmentFields, enrollmentsBinding, type EnrollmentRow } from "@/lib/learning/enrollments/queries";
import { progressStatusLabels } from "@/lib/learning/progress/grid";
import { progressBinding, progressFields, type ProgressRow } from "@/lib/learning/progress/queries";
import { userFields, usersBinding, type UserRow } from "@/lib/people/queries";
import type { CsvValue } from "./csv";

type CsvColumns<Row> = Record<string, (row: Row) => CsvValue>;

export type ExportableGrid = {
  resource: Resource;
  binding: GridBinding;
  fields: SelectedFields;
  headers: string[];
  cells: (row: Record<string, unknown>) => CsvValue[];
};

/** `Row` is what selecting `fields` returns; `columns` maps each CSV header to its cell. */
function exportable<Row>(grid: { resource: Resource; binding: GridBinding; fields: SelectedFields; columns: CsvColumns<Row> }): ExportableGrid {
  const columns = Object.values(grid.columns);
  return {
    resource: grid.resource,
    binding: grid.binding,
    fields: grid.fields,
    headers: Object.keys(grid.columns),
    cells: (row) => columns.map((cell) => cell(row as Row)),
  };
}

export const exportableGrids: Record<string, ExportableGrid> = {
  users: exportable<UserRow>({
    resource: "user",
    binding: usersBinding,
    fields: userFields,
    columns: {
      "Name": (row) => row.name,
      "Email": (row) => row.email,
      "Role": (row) => row.role,
      "Banned": (row) => (row.banned ? "yes" : "no"),
      "Created at": (row) => row.createdAt,
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
      "Action": (row) => row.action,
      "Resource": (row) => row.resource,
      "Record id": (row) => row.resourceId,
      "Before": (row) => (row.before === null ? null : JSON.stringify(row.before)),
      "After": (row) => (row.after === null ? null : JSON.stringify(row.after)),
      "IP": (row) => row.ip,
    },
  }),
  courses: exportable<CourseRow>({
    resource: "course",
    binding: coursesBinding,
    fields: courseFields,
    columns: {
      "Title": (row) => row.title,
      "Slug": (row) => row.slug,
      "Status": (row) => courseStatusLabels[row.status],
      "Instructor": (row) => row.instructorName,
      "Modules": (row) => row.moduleCount,
      "Enrollments": (row) => row.enrollmentCount,
      "Created at": (row) => row.createdAt,
      "Course id": (row) => row.id,
    },
  }),
  enrollments: exportable<EnrollmentRow>({
    resource: "enrollment",
    binding: enrollmentsBinding,
    fields: enrollmentFields,
    columns: {
      "Student": (row) => row.studentName,
      "Student email": (row) => row.studentEmail,
      "Course": (row) => row.courseTitle,
      "Enrolled at": (row) => row.enrolledAt,
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
      "Course": (row) => row.courseTitle,
      "Module": (row) => row.moduleTitle,
      "Lesson": (row) => row.lessonTitle,
      "Status": (row) => progressStatusLabels[row.status],
      "Completed at": (row) => row.completedAt,
    },
  }),
};
