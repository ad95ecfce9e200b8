"use client";

import { DataTable } from "@/components/data-table/data-table";
import { auditGrid } from "@/lib/audit/grid";
import type { AuditRow } from "@/lib/audit/queries";
import type { GridPage } from "@/lib/data-table/result";
import { auditColumns } from "./columns";

export function AuditTable({ result, exportHref }: { result: GridPage<AuditRow>; exportHref?: string }) {
  return (
    <DataTable
      label="Audit log"
      spec={auditGrid}
      columns={auditColumns}
      result={result}
      getRowId={(row) => String(row.id)}
      exportHref={exportHref}
    />
  );
}
