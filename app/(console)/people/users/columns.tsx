"use client";
import { gridColumnHelper } from "@/components/data-table/features";
import { Badge } from "@/components/ui/badge";
import { isStaffRole } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import type { UserRow } from "@/lib/people/queries";
import type { usersGrid } from "@/lib/people/grid";

const column = gridColumnHelper<UserRow, typeof usersGrid>();

// Ids are checked against the grid spec by the compiler; headers come from the spec too.
export const userColumns = column.columns([
  column.accessor("name", {}),
  column.accessor("email", { cell: (info) => <span className="text-muted-foreground">{info.getValue()}</span> }),
  column.accessor("role", {
    cell: (info) => <Badge variant={isStaffRole(info.getValue()) ? "default" : "secondary"}>{info.getValue()}</Badge>,
  }),
  column.accessor("banned", {
    cell: (info) => (info.getValue() ? <Badge variant="destructive">Banned</Badge> : <span className="text-muted-foreground">—</span>),
  }),
  column.accessor("createdAt", { id: "created", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDate(info.getValue())}</time> }),
]);
