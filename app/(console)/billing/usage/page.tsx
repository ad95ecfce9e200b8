import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { defaultUsageDays, usageGrid } from "@/lib/billing/usage/grid";
import { listUsage } from "@/lib/billing/usage/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { UsageTable } from "./usage-table";

export const metadata: Metadata = { title: "API usage" };

export default async function UsagePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("apiUsage", "read");
  const state = loadGridState(usageGrid, await searchParams);
  const result = await listUsage(state);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">API usage</h1>
        <p className="text-sm text-muted-foreground">
          {state.filters.time ? "Metered calls in the chosen days." : `Metered calls of the last ${defaultUsageDays} days; pick days under Time for others.`}
        </p>
      </div>
      <UsageTable result={result} exportHref={can(staff.role, "apiUsage", "export") ? "/api/export/usage" : undefined} />
    </div>
  );
}
