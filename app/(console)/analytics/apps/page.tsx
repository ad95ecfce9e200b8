import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { appsGrid } from "@/lib/analytics/apps/grid";
import { listApps } from "@/lib/analytics/apps/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { AppsTable } from "./apps-table";
import { NewAppButton } from "./new-app-button";

export const metadata: Metadata = { title: "Tracked apps" };

export default async function AppsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("trackedApp", "read");
  const result = await listApps(loadGridState(appsGrid, await searchParams), { showKeys: can(staff.role, "trackedApp", "read-key") });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Tracked apps</h1>
        {can(staff.role, "trackedApp", "create") && <NewAppButton />}
      </div>
      <AppsTable result={result} />
    </div>
  );
}
