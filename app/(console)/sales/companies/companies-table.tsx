"use client";
import { DataTable } from "@/components/data-table/data-table";
import { gridColumnHelper } from "@/components/data-table/features";
import { companiesGrid } from "@/lib/crm/companies/grid";
import type { CompanyRow } from "@/lib/crm/companies/queries";
import { salesPaths } from "@/lib/crm/paths";
import type { GridPage } from "@/lib/data-table/result";
import { formatCents, formatDate, formatNumber } from "@/lib/format";

const column = gridColumnHelper<CompanyRow>();

// Ids match companiesGrid (lib/crm/companies/grid.ts); headers come from there too.
const companyColumns = column.columns([
  column.accessor("name", {}),
  column.accessor("domain", { cell: (info) => info.getValue() ?? <span className="text-muted-foreground">—</span> }),
  column.accessor("contactCount", { id: "contacts", cell: (info) => <span className="tabular-nums">{formatNumber(info.getValue())}</span> }),
  column.accessor("openValueCents", { id: "openValue", cell: (info) => <span className="tabular-nums">{formatCents(info.getValue())}</span> }),
  column.accessor("createdAt", { id: "created", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDate(info.getValue())}</time> }),
]);

export function CompaniesTable({ result, exportHref }: { result: GridPage<CompanyRow>; exportHref?: string }) {
  return (
    <DataTable
      label="Companies"
      spec={companiesGrid}
      columns={companyColumns}
      result={result}
      getRowId={(row) => row.id}
      rowHref={(row) => salesPaths.company(row.id)}
      exportHref={exportHref}
    />
  );
}
