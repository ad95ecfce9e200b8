import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { dealsGrid } from "@/lib/crm/deals/grid";
import { listDeals } from "@/lib/crm/deals/queries";
import { pipelineOptions } from "@/lib/crm/pipelines/queries";
import { loadGridState } from "@/lib/data-table/search-params";
import { DealFormButton } from "./deal-form-button";
import { DealsTable } from "./deals-table";

export const metadata: Metadata = { title: "Deals" };

export default async function DealsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("deal", "read");
  const mayCreate = can(staff.role, "deal", "create");
  const [result, pipelines] = await Promise.all([listDeals(loadGridState(dealsGrid, await searchParams)), pipelineOptions()]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Deals</h1>
        {mayCreate && <DealFormButton pipelines={pipelines} />}
      </div>
      <DealsTable result={result} pipelines={pipelines} exportHref={can(staff.role, "deal", "export") ? "/api/export/deals" : undefined} />
    </div>
  );
}
