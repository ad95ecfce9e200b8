import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { usageGrid } from "@/lib/ai/usage/grid";
import { listUsage } from "@/lib/ai/usage/queries";
import { DEFAULT_WINDOW_DAYS, isDefaultWindow } from "@/lib/ai/window";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { UsageTable } from "./usage-table";

export const metadata: Metadata = { title: "Token usage" };

export default async function UsagePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("tokenUsage", "read");
  const state = loadGridState(usageGrid, await searchParams);
  const result = await listUsage(state);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Token usage</h1>
        <p className="text-sm text-muted-foreground">
          One row per upstream model call.{" "}
          {isDefaultWindow(state, "created") ? `Showing the last ${DEFAULT_WINDOW_DAYS} days; pick a Time range for others.` : "Showing the chosen time range."}
        </p>
      </div>
      <UsageTable result={result} exportHref={can(staff.role, "tokenUsage", "export") ? "/api/export/token-usage" : undefined} />
    </div>
  );
}
