"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { auditGrid } from "@/lib/audit/grid";
import type { AuditRow } from "@/lib/audit/queries";
import type { GridPage } from "@/lib/data-table/result";
import { auditColumns } from "./columns";

type Props = { result: GridPage<AuditRow>; names: Record<string, string>; exportHref?: string };

export function AuditTable({ result, names, exportHref }: Props) {
  const columns = useMemo(() => auditColumns(names), [names]);
  return (
    <DataTable
      label="Audit log"
      spec={auditGrid}
      columns={columns}
      result={result}
      getRowId={(row) => String(row.id)}
      exportHref={exportHref}
    />
  );
}
