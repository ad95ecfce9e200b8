import "server-only";
// The grids that can be exported as CSV: URL name → grid binding, the permission resource whose
// `export` action guards it, the fields to select and the CSV columns. A new exportable grid is
// one entry here (its binding and fields come from its queries file).
import type { SelectedFields } from "drizzle-orm/pg-core";
import type { Resource } from "@/lib/auth/permissions";
import type { GridBinding } from "@/lib/data-table/sql";
import { enrollmentFields, enrollmentsBinding, type EnrollmentRow } from "@/lib/learning/enrollments/queries";
import { progressStatusLabels } from "@/lib/learning/progress/grid";
import { progressBinding, progressFields, type ProgressRow } from "@/lib/learning/progress/queries";
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
