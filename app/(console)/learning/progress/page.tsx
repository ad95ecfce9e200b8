import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { exportHref } from "@/lib/export/links";
import { progressGrid } from "@/lib/learning/progress/grid";
import { listProgress } from "@/lib/learning/progress/queries";
import { ProgressTable } from "./progress-table";

export const metadata: Metadata = { title: "Lesson progress" };

export default async function ProgressPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("progress", "read");
  const result = await listProgress(loadGridState(progressGrid, await searchParams));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Lesson progress</h1>
      <ProgressTable
        result={result}
        canReset={can(staff.role, "progress", "reset")}
        exportHref={exportHref("progress", staff.role)}
      />
    </div>
  );
}
