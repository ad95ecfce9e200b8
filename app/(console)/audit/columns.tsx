"use client";

import { gridColumnHelper } from "@/components/data-table/features";
import { Badge } from "@/components/ui/badge";
import type { AuditRow } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/format";
import { ChangesCell } from "./changes-cell";
import type { auditGrid } from "@/lib/audit/grid";

const column = gridColumnHelper<AuditRow, typeof auditGrid>();

export const auditColumns = column.columns([
  column.accessor("createdAt", {
    id: "at",
    cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDateTime(info.getValue())}</time>,
  }),
  column.accessor("actorEmail", {
    id: "actor",
    cell: ({ row }) => (
      <div className="space-y-0.5">
        <div>{row.original.actorEmail}</div>
        <div className="flex gap-1">
          <Badge variant="secondary">{row.original.actorRole}</Badge>
          {row.original.impersonatorId && <Badge variant="warning">impersonated by {row.original.impersonatorId}</Badge>}
        </div>
      </div>
    ),
  }),
  column.accessor("action", { cell: (info) => <Badge variant="outline">{info.getValue()}</Badge> }),
  column.accessor("resource", {}),
  column.accessor("resourceId", {
    cell: (info) => <span className="font-mono text-xs">{info.getValue() ?? "—"}</span>,
  }),
  column.display({
    id: "changes",
    cell: ({ row }) => <ChangesCell before={row.original.before} after={row.original.after} />,
  }),
  column.accessor("ip", { cell: (info) => <span className="font-mono text-xs">{info.getValue() ?? "—"}</span> }),
]);
