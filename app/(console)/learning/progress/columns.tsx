"use client";
import { gridColumnHelper } from "@/components/data-table/features";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { type progressGrid, progressStatusLabels } from "@/lib/learning/progress/grid";
import type { ProgressRow } from "@/lib/learning/progress/queries";
import { PersonCell } from "@/components/data-table/person-cell";
import { RecordLink } from "@/components/records/record-link";

const column = gridColumnHelper<ProgressRow, typeof progressGrid>();

const statusVariants = { completed: "success", in_progress: "secondary", not_started: "outline" } as const;

// Ids are checked against the grid spec by the compiler; headers come from the spec too.
export const progressColumns = column.columns([
  column.accessor("studentName", { id: "student", cell: (info) => <PersonCell id={info.row.original.studentId} name={info.getValue()} email={info.row.original.studentEmail} /> }),
  column.accessor("courseTitle", { id: "course", cell: (info) => <RecordLink resource="course" id={info.row.original.courseId}>{info.getValue()}</RecordLink> }),
  column.accessor("lessonTitle", {
    id: "lesson",
    cell: (info) => (
      <span className="grid">
        <span>{info.getValue()}</span>
        <span className="text-xs text-muted-foreground">{info.row.original.moduleTitle}</span>
      </span>
    ),
  }),
  column.accessor("status", { cell: (info) => <Badge variant={statusVariants[info.getValue()]}>{progressStatusLabels[info.getValue()]}</Badge> }),
  column.accessor("completedAt", {
    id: "completed",
    cell: (info) => {
      const value = info.getValue();
      return value ? <time dateTime={value.toISOString()}>{formatDateTime(value)}</time> : <span className="text-muted-foreground">—</span>;
    },
  }),
]);
