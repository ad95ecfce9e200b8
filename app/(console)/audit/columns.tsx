"use client";

import { gridColumnHelper } from "@/components/data-table/features";
import { NamedRecordLink } from "@/components/records/record-link";
import { Badge } from "@/components/ui/badge";
import type { AuditRow } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/format";
import { ChangesCell } from "./changes-cell";
import type { auditGrid } from "@/lib/audit/grid";

const column = gridColumnHelper<AuditRow, typeof auditGrid>();

/** The audit grid's columns; `names` (`resource:id` → name) turns every record id into a named link. */
export function auditColumns(names: Record<string, string>) {
  return column.columns([
    column.accessor("createdAt", {
      id: "at",
      cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDateTime(info.getValue())}</time>,
    }),
    column.accessor("actorEmail", {
      id: "actor",
      cell: ({ row }) => (
        <div className="space-y-0.5">
          <div>
            <NamedRecordLink resource="user" id={row.original.actorId} names={names} />
            <div className="text-xs text-muted-foreground">{row.original.actorEmail}</div>
          </div>
          <div className="flex gap-1">
            <Badge variant="secondary">{row.original.actorRole}</Badge>
            {row.original.impersonatorId && (
              <Badge variant="warning">
                impersonated by <NamedRecordLink resource="user" id={row.original.impersonatorId} names={names} />
              </Badge>
            )}
          </div>
        </div>
      ),
    }),
    column.accessor("action", { cell: (info) => <Badge variant="outline">{info.getValue()}</Badge> }),
    column.accessor("resource", {}),
    column.accessor("resourceId", {
      cell: ({ row }) => {
        const id = row.original.resourceId;
        return id ? <NamedRecordLink resource={row.original.resource} id={id} names={names} /> : "—";
      },
    }),
    column.display({
      id: "changes",
      cell: ({ row }) => <ChangesCell before={row.original.before} after={row.original.after} names={names} />,
    }),
    column.accessor("ip", { cell: (info) => <span className="font-mono text-xs">{info.getValue() ?? "—"}</span> }),
  ]);
}
