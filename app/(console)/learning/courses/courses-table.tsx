"use client";
import { DataTable } from "@/components/data-table/data-table";
import type { GridPage } from "@/lib/data-table/result";
import { coursesGrid } from "@/lib/learning/courses/grid";
import type { CourseRow } from "@/lib/learning/courses/queries";
import { courseColumns } from "./columns";

export function CoursesTable({ result, exportHref }: { result: GridPage<CourseRow>; exportHref?: string }) {
  return (
    <DataTable
      label="Courses"
      spec={coursesGrid}
      columns={courseColumns}
      result={result}
      getRowId={(row) => row.id}
      rowHref={(row) => `/learning/courses/${row.id}`}
      exportHref={exportHref}
    />
  );
}
