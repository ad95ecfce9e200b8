"use client";
import { DataTable } from "@/components/data-table/data-table";
import { gridColumnHelper } from "@/components/data-table/features";
import { formatDateTime, formatMicrocents, formatValue } from "@/lib/format";
import { usageGrid } from "@/lib/ai/usage/grid";
import type { UsageRow } from "@/lib/ai/usage/queries";
import type { GridPage } from "@/lib/data-table/result";
import { PersonCell } from "@/components/data-table/person-cell";

const column = gridColumnHelper<UsageRow>();
const tokens = (value: number) => <span className="tabular-nums">{formatValue(value, "count")}</span>;

// Ids match usageGrid (lib/ai/usage/grid.ts).
const usageColumns = column.columns([
  column.accessor("createdAt", { id: "created", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDateTime(info.getValue())}</time> }),
  column.accessor("userName", { id: "user", cell: (info) => <PersonCell resource="aiUser" id={info.row.original.userId} name={info.getValue()} email={info.row.original.userEmail} /> }),
  column.accessor("model", { id: "model", cell: (info) => <code className="text-xs">{info.getValue()}</code> }),
  column.accessor("promptTokens", { id: "promptTokens", cell: (info) => tokens(info.getValue()) }),
  column.accessor("completionTokens", { id: "completionTokens", cell: (info) => tokens(info.getValue()) }),
  column.accessor("costMicrocents", { id: "cost", cell: (info) => <span className="tabular-nums">{formatMicrocents(info.getValue())}</span> }),
]);

export function UsageTable({ result, exportHref }: { result: GridPage<UsageRow>; exportHref?: string }) {
  return <DataTable label="Token usage" spec={usageGrid} columns={usageColumns} result={result} getRowId={(row) => row.id} exportHref={exportHref} />;
}
