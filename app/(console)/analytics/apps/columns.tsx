"use client";
import { gridColumnHelper } from "@/components/data-table/features";
import type { appsGrid } from "@/lib/analytics/apps/grid";
import type { AppRow } from "@/lib/analytics/apps/queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { RecordLink } from "@/components/records/record-link";

const column = gridColumnHelper<AppRow, typeof appsGrid>();

export const appColumns = column.columns([
  column.accessor("name", {}),
  column.accessor("ownerName", { id: "owner", cell: (info) => <RecordLink resource="user" id={info.row.original.ownerId}>{info.getValue()}</RecordLink> }),
  column.accessor("maskedKey", { id: "key", cell: (info) => <code className="text-xs text-muted-foreground">{info.getValue() ?? "—"}</code> }),
  column.accessor("events24h", { id: "events24h", cell: (info) => <span className="tabular-nums">{info.getValue().toLocaleString("en-US")}</span> }),
  column.accessor("lastEventAt", { id: "lastEvent", cell: (info) => formatDateTime(info.getValue()) || "—" }),
  column.accessor("createdAt", { id: "created", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDate(info.getValue())}</time> }),
]);
