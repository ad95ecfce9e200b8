"use client";
import { gridColumnHelper } from "@/components/data-table/features";
import { formatDateTime } from "@/lib/format";
import type { EnrollmentRow } from "@/lib/learning/enrollments/queries";
import { CourseCell, StudentCell } from "../student-cell";
import type { enrollmentsGrid } from "@/lib/learning/enrollments/grid";

const column = gridColumnHelper<EnrollmentRow, typeof enrollmentsGrid>();

// Ids are checked against the grid spec by the compiler; headers come from the spec too.
export const enrollmentColumns = column.columns([
  column.accessor("studentName", { id: "student", cell: (info) => <StudentCell id={info.row.original.studentId} name={info.getValue()} email={info.row.original.studentEmail} /> }),
  column.accessor("courseTitle", { id: "course", cell: (info) => <CourseCell id={info.row.original.courseId} title={info.getValue()} /> }),
  column.accessor("enrolledAt", {
    id: "enrolled",
    cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDateTime(info.getValue())}</time>,
  }),
]);
