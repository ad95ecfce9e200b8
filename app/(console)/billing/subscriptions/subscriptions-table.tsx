"use client";
import { DataTable } from "@/components/data-table/data-table";
import { gridColumnHelper } from "@/components/data-table/features";
import { Badge } from "@/components/ui/badge";
import { subscriptionsGrid } from "@/lib/billing/subscriptions/grid";
import type { SubscriptionRow } from "@/lib/billing/subscriptions/queries";
import type { GridPage } from "@/lib/data-table/result";
import { formatCents, formatDate, formatDateTime } from "@/lib/format";
import { SubscriptionStatusBadge } from "../subscription-status-badge";
import { RecordLink } from "@/components/records/record-link";

const column = gridColumnHelper<SubscriptionRow, typeof subscriptionsGrid>();

const subscriptionColumns = column.columns([
  column.accessor("organizationName", { id: "organization", cell: (info) => <RecordLink resource="organization" id={info.row.original.organizationId}>{info.getValue()}</RecordLink> }),
  column.accessor("planName", { id: "plan" }),
  column.accessor("status", { cell: (info) => <SubscriptionStatusBadge status={info.getValue()} /> }),
  column.accessor("polarSubscriptionId", {
    id: "source",
    cell: (info) => (info.getValue() ? <Badge variant="outline" title="Synced from Polar: read-only here">Polar</Badge> : <Badge variant="secondary">Manual</Badge>),
  }),
  column.accessor("priceCents", { id: "price", cell: (info) => <span className="tabular-nums">{formatCents(info.getValue())}</span> }),
  column.accessor("currentPeriodEnd", { id: "periodEnd", cell: (info) => formatDate(info.getValue()) }),
  column.accessor("polarEventAt", { id: "polarEvent", cell: (info) => formatDateTime(info.getValue()) }),
  column.accessor("createdAt", { id: "created", cell: (info) => formatDate(info.getValue()) }),
]);

export function SubscriptionsTable({ result, exportHref }: { result: GridPage<SubscriptionRow>; exportHref?: string }) {
  return (
    <DataTable
      label="Subscriptions"
      spec={subscriptionsGrid}
      columns={subscriptionColumns}
      result={result}
      getRowId={(row) => row.id}
      rowHref={(row) => `/billing/organizations/${row.organizationId}`}
      exportHref={exportHref}
    />
  );
}
