import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { plansGrid } from "@/lib/billing/plans/grid";
import { listPlans } from "@/lib/billing/plans/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { PlanSheet } from "./plan-sheet";
import { PlansTable } from "./plans-table";

export const metadata: Metadata = { title: "Plans" };

export default async function PlansPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("plan", "read");
  const result = await listPlans(loadGridState(plansGrid, await searchParams));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Plans</h1>
        {can(staff.role, "plan", "create") && <PlanSheet />}
      </div>
      <PlansTable
        result={result}
        canEdit={can(staff.role, "plan", "update")}
        canDelete={can(staff.role, "plan", "delete")}
        exportHref={can(staff.role, "plan", "export") ? "/api/export/plans" : undefined}
      />
    </div>
  );
}
