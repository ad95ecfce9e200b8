"use client";
import { DataTable } from "@/components/data-table/data-table";
import { organizationsGrid } from "@/lib/billing/organizations/grid";
import type { OrganizationRow } from "@/lib/billing/organizations/queries";
import type { GridPage } from "@/lib/data-table/result";
import { organizationColumns } from "./columns";

export function OrganizationsTable({ result, exportHref }: { result: GridPage<OrganizationRow>; exportHref?: string }) {
  return (
    <DataTable
      label="Organizations"
      spec={organizationsGrid}
      columns={organizationColumns}
      result={result}
      getRowId={(row) => row.id}
      rowHref={(row) => `/billing/organizations/${row.id}`}
      exportHref={exportHref}
    />
  );
}
