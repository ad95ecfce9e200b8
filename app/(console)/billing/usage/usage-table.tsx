"use client";
import { DataTable } from "@/components/data-table/data-table";
import { gridColumnHelper } from "@/components/data-table/features";
import { usageGrid } from "@/lib/billing/usage/grid";
import type { UsageRow } from "@/lib/billing/usage/queries";
import type { GridPage } from "@/lib/data-table/result";
import { formatDateTime, formatNumber } from "@/lib/format";
import { RecordLink } from "@/components/records/record-link";

const column = gridColumnHelper<UsageRow, typeof usageGrid>();

const usageColumns = column.columns([
  column.accessor("createdAt", { id: "time", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDateTime(info.getValue())}</time> }),
  column.accessor("organizationName", { id: "organization", cell: (info) => <RecordLink resource="organization" id={info.row.original.organizationId}>{info.getValue()}</RecordLink> }),
  column.accessor("apiKeyId", { id: "apiKey", cell: (info) => (info.getValue() ? <code className="text-xs">{info.getValue()}</code> : "—") }),
  column.accessor("creditsUsed", { id: "credits", cell: (info) => <span className="tabular-nums">{formatNumber(info.getValue())}</span> }),
]);

export function UsageTable({ result, exportHref }: { result: GridPage<UsageRow>; exportHref?: string }) {
  return (
    <DataTable
      label="API usage"
      spec={usageGrid}
      columns={usageColumns}
      result={result}
      getRowId={(row) => row.id}
      rowHref={(row) => `/billing/organizations/${row.organizationId}`}
      exportHref={exportHref}
    />
  );
}
