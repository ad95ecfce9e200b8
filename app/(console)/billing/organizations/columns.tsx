"use client";
import { gridColumnHelper } from "@/components/data-table/features";
import type { organizationsGrid } from "@/lib/billing/organizations/grid";
import type { OrganizationRow } from "@/lib/billing/organizations/queries";
import { formatDate } from "@/lib/format";
import { CreditsBar } from "../credits-bar";
import { SubscriptionStatusBadge } from "../subscription-status-badge";

const column = gridColumnHelper<OrganizationRow, typeof organizationsGrid>();

export const organizationColumns = column.columns([
  column.accessor("name", {}),
  column.accessor("slug", { cell: (info) => <code className="text-xs text-muted-foreground">{info.getValue()}</code> }),
  column.accessor("memberCount", { id: "members", cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
  column.accessor("planName", { id: "plan", cell: (info) => info.getValue() ?? "—" }),
  column.accessor("status", { cell: (info) => <SubscriptionStatusBadge status={info.getValue()} /> }),
  column.accessor("creditsUsed", { id: "credits", cell: (info) => <CreditsBar used={info.getValue()} quota={info.row.original.monthlyCredits} /> }),
  column.accessor("createdAt", { id: "created", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDate(info.getValue())}</time> }),
]);
