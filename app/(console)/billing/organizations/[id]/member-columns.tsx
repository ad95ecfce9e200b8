"use client";
import { gridColumnHelper } from "@/components/data-table/features";
import { PersonCell } from "@/components/data-table/person-cell";
import type { organizationMembersGrid } from "@/lib/billing/members/grid";
import type { MemberRow } from "@/lib/billing/members/queries";
import { memberRoleLabels } from "@/lib/db/schema/saas-values";
import { formatDate } from "@/lib/format";

const column = gridColumnHelper<MemberRow, typeof organizationMembersGrid>();

export const memberColumns = column.columns([
  column.accessor("name", {
    id: "member",
    cell: (info) => <PersonCell id={info.row.original.userId} name={info.getValue()} email={info.row.original.email} />,
  }),
  column.accessor("role", { cell: (info) => memberRoleLabels[info.getValue()] }),
  column.accessor("createdAt", { id: "joined", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDate(info.getValue())}</time> }),
]);
