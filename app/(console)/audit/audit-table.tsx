"use client";

import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { auditGrid } from "@/lib/audit/grid";
import type { AuditRow } from "@/lib/audit/queries";
import type { GridPage } from "@/lib/data-table/result";
import { auditColumns } from "./columns";

type Props = {
  result: GridPage<AuditRow>;
  names: Record<string, string>;
  exportHref?: string;
  /** The grid under other URL keys, e.g. an organization's history on its page. */
  spec?: typeof auditGrid;
  label?: string;
};

export function AuditTable({ result, names, exportHref, spec = auditGrid, label = "Audit log" }: Props) {
  const columns = useMemo(() => auditColumns(names), [names]);
  return (
    <DataTable
      label={label}
      spec={spec}
      columns={columns}
      result={result}
      getRowId={(row) => String(row.id)}
      exportHref={exportHref}
    />
  );
}
