"use client";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { rowActionsColumn } from "@/components/data-table/row-actions";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import type { GridPage } from "@/lib/data-table/result";
import { formatNumber } from "@/lib/format";
import { unenrollMatching, unenrollStudents } from "@/lib/learning/enrollments/actions";
import { enrollmentsGrid } from "@/lib/learning/enrollments/grid";
import type { EnrollmentRow } from "@/lib/learning/enrollments/queries";
import { enrollmentColumns } from "./columns";

type Props = { result: GridPage<EnrollmentRow>; canUnenroll: boolean; exportHref?: string };

const unenrollColumn = rowActionsColumn<EnrollmentRow>(({ row }) => (
  <ConfirmActionButton
    run={() => unenrollStudents({ enrollmentIds: [row.original.id] })}
    trigger="Unenroll"
    triggerLabel={`Unenroll ${row.original.studentName} from ${row.original.courseTitle}`}
    title="Unenroll this student?"
    description={`${row.original.studentName} will no longer be enrolled in ${row.original.courseTitle}. Their lesson progress is kept.`}
    confirmLabel="Unenroll"
    successMessage="Student unenrolled."
    destructive
    triggerVariant="ghost"
  />
));

export function EnrollmentsTable({ result, canUnenroll, exportHref }: Props) {
  const columns = useMemo(() => (canUnenroll ? [...enrollmentColumns, unenrollColumn] : enrollmentColumns), [canUnenroll]);
  return (
    <DataTable
      label="Enrollments"
      spec={enrollmentsGrid}
      columns={columns}
      result={result}
      getRowId={(row) => row.id}
      exportHref={exportHref}
      selectAllMatching
      bulkActions={
        canUnenroll
          ? ({ rows, matching }) =>
              matching ? (
                <ConfirmActionButton
                  run={() => unenrollMatching(matching)}
                  trigger={`Unenroll all ${formatNumber(matching.count)}`}
                  title={`Unenroll all ${formatNumber(matching.count)} matching enrollments?`}
                  description={`Every enrollment the current search and filters match — ${formatNumber(matching.count)}, not only this page — is removed. Their lesson progress is kept.`}
                  confirmLabel={`Unenroll ${formatNumber(matching.count)}`}
                  successMessage={`${formatNumber(matching.count)} unenrolled.`}
                  destructive
                />
              ) : (
                <ConfirmActionButton
                  run={() => unenrollStudents({ enrollmentIds: rows.map((row) => row.id) })}
                  trigger={`Unenroll ${rows.length}`}
                  title={`Unenroll ${rows.length} ${rows.length === 1 ? "enrollment" : "enrollments"}?`}
                  description="The selected students will no longer be enrolled in these courses. Their lesson progress is kept."
                  confirmLabel="Unenroll"
                  successMessage={`${rows.length} unenrolled.`}
                  destructive
                />
              )
          : undefined
      }
    />
  );
}
