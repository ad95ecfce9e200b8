"use client";
import { DataTable } from "@/components/data-table/data-table";
import { gridColumnHelper } from "@/components/data-table/features";
import { promptLogsGrid } from "@/lib/ai/prompt-logs/grid";
import type { PromptLogRow } from "@/lib/ai/prompt-logs/queries";
import { formatValue } from "@/lib/format";
import type { GridPage } from "@/lib/data-table/result";
import { formatDateTime } from "@/lib/format";
import { CallStatusBadge } from "../badges";
import { PersonCell } from "@/components/data-table/person-cell";

const column = gridColumnHelper<PromptLogRow>();
const count = (value: number) => formatValue(value, "count");

// Ids match promptLogsGrid; no column holds what was written (that is on the detail page only).
const promptLogColumns = column.columns([
  column.accessor("createdAt", { id: "created", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDateTime(info.getValue())}</time> }),
  column.accessor("userName", {
    id: "user",
    cell: (info) => <PersonCell resource="aiUser" id={info.row.original.userId} name={info.getValue()} email={info.row.original.userEmail} />,
  }),
  column.accessor("model", { id: "model", cell: (info) => <code className="text-xs">{info.getValue()}</code> }),
  column.accessor("status", { id: "status", cell: (info) => <CallStatusBadge status={info.getValue()} inFlight={info.row.original.inFlight} /> }),
  column.display({
    id: "tokens",
    cell: ({ row }) => <span className="tabular-nums">{`${count(row.original.promptTokens)} / ${count(row.original.completionTokens)}`}</span>,
  }),
  column.accessor("latencyMs", { id: "latency", cell: (info) => <span className="tabular-nums">{info.getValue() === null ? "—" : count(info.getValue()!)}</span> }),
]);

export function PromptLogsTable({ result, exportHref }: { result: GridPage<PromptLogRow>; exportHref?: string }) {
  return (
    <DataTable
      label="Prompt logs"
      spec={promptLogsGrid}
      columns={promptLogColumns}
      result={result}
      getRowId={(row) => row.id}
      rowHref={(row) => `/ai/prompt-logs/${row.id}`}
      exportHref={exportHref}
    />
  );
}
