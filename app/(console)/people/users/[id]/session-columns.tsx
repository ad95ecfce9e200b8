"use client";
import { gridColumnHelper } from "@/components/data-table/features";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";
import type { userSessionsGrid } from "@/lib/people/grid";
import type { UserSessionRow } from "@/lib/people/queries";

const column = gridColumnHelper<UserSessionRow, typeof userSessionsGrid>();

/** The columns of a user's sessions; `currentSessionId` marks the viewer's own. */
export function sessionColumns(currentSessionId: string) {
  return column.columns([
    column.accessor("createdAt", {
      id: "signedIn",
      cell: ({ row }) => (
        <>
          <time dateTime={row.original.createdAt.toISOString()}>{formatDateTime(row.original.createdAt)}</time>
          {row.original.id === currentSessionId && (
            <Badge variant="outline" className="ml-2">
              This session
            </Badge>
          )}
          {row.original.impersonatedBy && (
            <Badge variant="warning" className="ml-2">
              Impersonation
            </Badge>
          )}
        </>
      ),
    }),
    column.accessor("expiresAt", { id: "expires", cell: (info) => formatDateTime(info.getValue()) }),
    column.accessor("ipAddress", { id: "ip", cell: (info) => <span className="font-mono text-xs">{info.getValue() ?? "—"}</span> }),
    column.accessor("userAgent", {
      id: "device",
      cell: (info) => (
        <span className="block max-w-72 truncate text-muted-foreground" title={info.getValue() ?? undefined}>
          {info.getValue() ?? "—"}
        </span>
      ),
    }),
  ]);
}
