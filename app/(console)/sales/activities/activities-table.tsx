"use client";
import { DataTable } from "@/components/data-table/data-table";
import { gridColumnHelper } from "@/components/data-table/features";
import { activitiesGrid } from "@/lib/crm/activities/grid";
import type { ActivityRow } from "@/lib/crm/activities/queries";
import type { GridPage } from "@/lib/data-table/result";
import { formatDateTime } from "@/lib/format";
import { ActivityTypeBadge } from "../stage-badge";
import { RecordLink } from "@/components/records/record-link";

const column = gridColumnHelper<ActivityRow>();

// Ids match activitiesGrid (lib/crm/activities/grid.ts); headers come from there too. Read-only: activities are append-only.
const activityColumns = column.columns([
  column.accessor("occurredAt", { id: "occurred", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDateTime(info.getValue())}</time> }),
  column.accessor("type", { cell: (info) => <ActivityTypeBadge type={info.getValue()} /> }),
  column.accessor("actorName", { id: "actor", cell: (info) => <RecordLink resource="user" id={info.row.original.actorId}>{info.getValue()}</RecordLink> }),
  column.accessor("dealTitle", {
    id: "deal",
    cell: ({ row }) => (
      <RecordLink resource="deal" id={row.original.dealId}>
        {row.original.dealTitle}
      </RecordLink>
    ),
  }),
  column.accessor("body", { cell: (info) => <span className="line-clamp-2 max-w-md whitespace-normal">{info.getValue()}</span> }),
]);

export function ActivitiesTable({ result, label = "Activities", exportHref }: { result: GridPage<ActivityRow>; label?: string; exportHref?: string }) {
  return <DataTable label={label} spec={activitiesGrid} columns={activityColumns} result={result} getRowId={(row) => row.id} exportHref={exportHref} />;
}
