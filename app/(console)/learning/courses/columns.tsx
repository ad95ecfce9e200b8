"use client";
import { gridColumnHelper } from "@/components/data-table/features";
import { formatDate } from "@/lib/format";
import type { CourseRow } from "@/lib/learning/courses/queries";
import { CourseStatusBadge } from "./course-status-badge";
import type { coursesGrid } from "@/lib/learning/courses/grid";

const column = gridColumnHelper<CourseRow, typeof coursesGrid>();

// Ids are checked against the grid spec by the compiler; headers come from the spec too.
export const courseColumns = column.columns([
  column.accessor("title", {}),
  column.accessor("slug", { cell: (info) => <code className="text-xs text-muted-foreground">{info.getValue()}</code> }),
  column.accessor("status", { cell: (info) => <CourseStatusBadge status={info.getValue()} /> }),
  column.accessor("instructorName", { id: "instructor" }),
  column.accessor("moduleCount", { id: "modules", cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
  column.accessor("enrollmentCount", { id: "enrollments", cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
  column.accessor("createdAt", { id: "created", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDate(info.getValue())}</time> }),
]);
