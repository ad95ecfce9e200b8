import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { organizationsGrid } from "@/lib/billing/organizations/grid";
import { listOrganizations } from "@/lib/billing/organizations/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { OrganizationSheet } from "./organization-sheet";
import { OrganizationsTable } from "./organizations-table";

export const metadata: Metadata = { title: "Organizations" };

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("organization", "read");
  const result = await listOrganizations(loadGridState(organizationsGrid, await searchParams));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Organizations</h1>
        {can(staff.role, "organization", "create") && <OrganizationSheet />}
      </div>
      <OrganizationsTable result={result} exportHref={can(staff.role, "organization", "export") ? "/api/export/organizations" : undefined} />
    </div>
  );
}
