"use client";
import { gridColumnHelper } from "@/components/data-table/features";
import { formatDateTime } from "@/lib/format";
import type { EnrollmentRow } from "@/lib/learning/enrollments/queries";
import { PersonCell } from "@/components/data-table/person-cell";
import { RecordLink } from "@/components/records/record-link";
import type { enrollmentsGrid } from "@/lib/learning/enrollments/grid";

const column = gridColumnHelper<EnrollmentRow, typeof enrollmentsGrid>();

// Ids are checked against the grid spec by the compiler; headers come from the spec too.
export const enrollmentColumns = column.columns([
  column.accessor("studentName", { id: "student", cell: (info) => <PersonCell id={info.row.original.studentId} name={info.getValue()} email={info.row.original.studentEmail} /> }),
  column.accessor("courseTitle", { id: "course", cell: (info) => <RecordLink resource="course" id={info.row.original.courseId}>{info.getValue()}</RecordLink> }),
  column.accessor("enrolledAt", {
    id: "enrolled",
    cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDateTime(info.getValue())}</time>,
  }),
]);
