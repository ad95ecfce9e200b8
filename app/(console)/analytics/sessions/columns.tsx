"use client";
import { gridColumnHelper } from "@/components/data-table/features";
import { RecordLink } from "@/components/records/record-link";
import { Badge } from "@/components/ui/badge";
import type { sessionsGrid } from "@/lib/analytics/sessions/grid";
import type { SessionRow } from "@/lib/analytics/sessions/queries";
import { sessionStateBadges, sessionStateLabels } from "@/lib/db/schema/analytics-values";
import { formatDateTime, formatDuration } from "@/lib/format";
import { VisitorLink } from "../visitor-link";

const column = gridColumnHelper<SessionRow, typeof sessionsGrid>();
const at = (value: Date) => <time dateTime={value.toISOString()}>{formatDateTime(value)}</time>;

export const sessionColumns = column.columns([
  column.accessor("startedAt", { id: "started", cell: (info) => at(info.getValue()) }),
  column.accessor("appName", { id: "app", cell: (info) => <RecordLink resource="trackedApp" id={info.row.original.appId}>{info.getValue()}</RecordLink> }),
  column.accessor("anonymousId", { id: "visitor", cell: (info) => <VisitorLink appId={info.row.original.appId} visitor={info.getValue()} /> }),
  column.accessor("endedAt", {
    id: "ended",
    cell: (info) => {
      const ended = info.getValue();
      return ended ? at(ended) : <Badge variant={sessionStateBadges.open}>{sessionStateLabels.open}</Badge>;
    },
  }),
  column.accessor("durationSeconds", {
    id: "duration",
    cell: (info) => (
      <span className="tabular-nums">
        {formatDuration(info.getValue())}
        {info.row.original.endedAt ? "" : " so far"}
      </span>
    ),
  }),
  column.accessor((row) => (row.endedAt ? "ended" : "open"), {
    id: "state",
    cell: (info) => <Badge variant={sessionStateBadges[info.getValue()]}>{sessionStateLabels[info.getValue()]}</Badge>,
  }),
]);
