"use client";
import { gridColumnHelper } from "@/components/data-table/features";
import type { eventsGrid } from "@/lib/analytics/events/grid";
import type { EventRow } from "@/lib/analytics/events/queries";
import { formatDateTime } from "@/lib/format";
import { RecordLink } from "@/components/records/record-link";
import { VisitorLink } from "../visitor-link";

const column = gridColumnHelper<Omit<EventRow, never>, typeof eventsGrid>();

export const eventColumns = column.columns([
  column.accessor("occurredAt", { id: "occurred", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDateTime(info.getValue())}</time> }),
  column.accessor("appName", { id: "app", cell: (info) => <RecordLink resource="trackedApp" id={info.row.original.appId}>{info.getValue()}</RecordLink> }),
  column.accessor("name", {}),
  column.accessor("anonymousId", {
    id: "visitor",
    cell: (info) => {
      const visitor = info.getValue();
      return visitor ? <VisitorLink appId={info.row.original.appId} visitor={visitor} /> : "—";
    },
  }),
  column.accessor("properties", {
    id: "props",
    cell: (info) => (
      // Expands in place to the formatted JSON, selectable for copying.
      <details>
        <summary className="cursor-pointer truncate font-mono text-xs text-muted-foreground">{JSON.stringify(info.getValue() ?? {}).slice(0, 60)}</summary>
        <pre className="mt-1 max-w-xl overflow-x-auto rounded bg-muted p-2 text-xs select-all">{JSON.stringify(info.getValue() ?? {}, null, 2)}</pre>
      </details>
    ),
  }),
]);
