"use client";
import { DataTable } from "@/components/data-table/data-table";
import { appsGrid } from "@/lib/analytics/apps/grid";
import type { AppRow } from "@/lib/analytics/apps/queries";
import type { GridPage } from "@/lib/data-table/result";
import { appColumns } from "./columns";

export function AppsTable({ result }: { result: GridPage<AppRow> }) {
  return (
    <DataTable
      label="Tracked apps"
      spec={appsGrid}
      columns={appColumns}
      result={result}
      getRowId={(row) => row.id}
      rowHref={(row) => `/analytics/apps/${row.id}`}
    />
  );
}
