"use client";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { gridColumnHelper } from "@/components/data-table/features";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Badge } from "@/components/ui/badge";
import { reapplyDelivery } from "@/lib/billing/deliveries/actions";
import { deliveriesGrid } from "@/lib/billing/deliveries/grid";
import type { DeliveryRow } from "@/lib/billing/deliveries/queries";
import type { GridPage } from "@/lib/data-table/result";
import { deliveryOutcomeBadges, deliveryOutcomeLabels } from "@/lib/db/schema/saas-values";
import { formatDateTime } from "@/lib/format";

const column = gridColumnHelper<DeliveryRow, typeof deliveriesGrid>();
const actionColumn = gridColumnHelper<DeliveryRow>();

const deliveryColumns = column.columns([
  column.accessor("receivedAt", { id: "received", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDateTime(info.getValue())}</time> }),
  column.accessor("type", { cell: (info) => <code className="text-xs">{info.getValue()}</code> }),
  column.accessor("outcome", { cell: (info) => <Badge variant={deliveryOutcomeBadges[info.getValue()]}>{deliveryOutcomeLabels[info.getValue()]}</Badge> }),
  column.accessor("error", { cell: (info) => <span className="line-clamp-2 max-w-md text-sm text-muted-foreground">{info.getValue() ?? "—"}</span> }),
  column.accessor("attempts", { cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
  column.accessor("polarSubscriptionId", { id: "subscription", cell: (info) => (info.getValue() ? <code className="text-xs">{info.getValue()}</code> : "—") }),
  column.accessor("webhookId", { cell: (info) => <code className="text-xs">{info.getValue()}</code> }),
]);

const reapplyColumn = actionColumn.display({
  id: "actions",
  header: () => <span className="sr-only">Actions</span>,
  cell: ({ row }) =>
    row.original.outcome === "failed" && (
      <ConfirmActionButton
        run={() => reapplyDelivery({ id: row.original.id })}
        trigger="Re-apply"
        triggerLabel={`Re-apply delivery ${row.original.webhookId}`}
        title="Re-apply this delivery?"
        description="Its stored event goes through the sync again; an older or duplicate event still changes nothing."
        confirmLabel="Re-apply"
        successMessage="Delivery re-applied: see its new outcome."
      />
    ),
});

type Props = { result: GridPage<DeliveryRow>; canReapply: boolean; exportHref?: string };

export function DeliveriesTable({ result, canReapply, exportHref }: Props) {
  const columns = useMemo(() => (canReapply ? [...deliveryColumns, reapplyColumn] : deliveryColumns), [canReapply]);
  return <DataTable label="Polar deliveries" spec={deliveriesGrid} columns={columns} result={result} getRowId={(row) => row.id} exportHref={exportHref} />;
}
