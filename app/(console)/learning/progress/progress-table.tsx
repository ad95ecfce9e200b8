"use client";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { rowActionsColumn } from "@/components/data-table/row-actions";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import type { GridPage } from "@/lib/data-table/result";
import { resetCourseProgress } from "@/lib/learning/progress/actions";
import { progressGrid } from "@/lib/learning/progress/grid";
import type { ProgressRow } from "@/lib/learning/progress/queries";
import { progressColumns } from "./columns";

type Props = { result: GridPage<ProgressRow>; canReset: boolean; exportHref?: string };

const resetColumn = rowActionsColumn<ProgressRow>(({ row }) => (
  <ConfirmActionButton
    run={() => resetCourseProgress({ courseId: row.original.courseId, studentId: row.original.studentId })}
    trigger="Reset course"
    triggerLabel={`Reset course ${row.original.courseTitle} for ${row.original.studentName}`}
    title="Reset this learner's progress?"
    description={`Every lesson of ${row.original.courseTitle} goes back to "not started" for ${row.original.studentName}. This cannot be undone.`}
    confirmLabel="Reset progress"
    successMessage="Progress reset."
    destructive
    triggerVariant="ghost"
  />
));

export function ProgressTable({ result, canReset, exportHref }: Props) {
  const columns = useMemo(() => (canReset ? [...progressColumns, resetColumn] : progressColumns), [canReset]);
  return (
    <DataTable label="Lesson progress" spec={progressGrid} columns={columns} result={result} getRowId={(row) => row.id} exportHref={exportHref} />
  );
}
