import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { activitiesGrid } from "@/lib/crm/activities/grid";
import { listActivities } from "@/lib/crm/activities/queries";
import { loadGridState } from "@/lib/data-table/search-params";
import { ActivitiesTable } from "./activities-table";

export const metadata: Metadata = { title: "Activities" };

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("activity", "read");
  const result = await listActivities(loadGridState(activitiesGrid, await searchParams));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Activities</h1>
        <p className="text-sm text-muted-foreground">Every call, email and note logged on a deal. The log is append-only: nothing here is edited or deleted.</p>
      </div>
      <ActivitiesTable result={result} exportHref={can(staff.role, "activity", "export") ? "/api/export/activities" : undefined} />
    </div>
  );
}
