import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { exportHref } from "@/lib/export/links";
import { enrollmentsGrid } from "@/lib/learning/enrollments/grid";
import { listEnrollments } from "@/lib/learning/enrollments/queries";
import { EnrollDialog } from "./enroll-dialog";
import { EnrollmentsTable } from "./enrollments-table";

export const metadata: Metadata = { title: "Enrollments" };

export default async function EnrollmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("enrollment", "read");
  const result = await listEnrollments(loadGridState(enrollmentsGrid, await searchParams));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Enrollments</h1>
        {can(staff.role, "enrollment", "create") && <EnrollDialog />}
      </div>
      <EnrollmentsTable
        result={result}
        canUnenroll={can(staff.role, "enrollment", "delete")}
        exportHref={exportHref("enrollments", staff.role)}
      />
    </div>
  );
}
