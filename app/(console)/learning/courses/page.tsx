import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { PageHeader } from "@/components/layout/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { exportHref } from "@/lib/export/links";
import { coursesGrid } from "@/lib/learning/courses/grid";
import { listCourses } from "@/lib/learning/courses/queries";
import { CourseSheet } from "./course-sheet";
import { CoursesTable } from "./courses-table";

export const metadata: Metadata = { title: "Courses" };

export default async function CoursesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("course", "read");
  const result = await listCourses(loadGridState(coursesGrid, await searchParams));
  return (
    <div className="space-y-6">
      <PageHeader title="Courses" actions={can(staff.role, "course", "create") && <CourseSheet />} />
      <CoursesTable result={result} exportHref={exportHref("courses", staff.role)} />
    </div>
  );
}
