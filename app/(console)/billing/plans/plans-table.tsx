"use client";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { gridColumnHelper } from "@/components/data-table/features";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { deletePlan } from "@/lib/billing/plans/actions";
import { plansGrid } from "@/lib/billing/plans/grid";
import type { PlanRow } from "@/lib/billing/plans/queries";
import type { GridPage } from "@/lib/data-table/result";
import { formatCents, formatNumber } from "@/lib/format";
import { PlanSheet } from "./plan-sheet";

const column = gridColumnHelper<PlanRow, typeof plansGrid>();
const actionColumn = gridColumnHelper<PlanRow>();

const planColumns = column.columns([
  column.accessor("name", {}),
  column.accessor("slug", { cell: (info) => <code className="text-xs text-muted-foreground">{info.getValue()}</code> }),
  column.accessor("priceCents", { id: "price", cell: (info) => <span className="tabular-nums">{formatCents(info.getValue())}</span> }),
  column.accessor("monthlyCredits", { id: "credits", cell: (info) => <span className="tabular-nums">{formatNumber(info.getValue())}</span> }),
  column.accessor("polarProductId", { id: "polarProduct", cell: (info) => (info.getValue() ? <code className="text-xs">{info.getValue()}</code> : "—") }),
  column.accessor("subscriptionCount", { id: "subscriptions", cell: (info) => <span className="tabular-nums">{formatNumber(info.getValue())}</span> }),
]);

function actions(canEdit: boolean, canDelete: boolean) {
  return actionColumn.display({
    id: "actions",
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => (
      <div className="flex justify-end gap-2">
        {canEdit && <PlanSheet plan={row.original} />}
        {canDelete && (
          <ConfirmActionButton
            run={() => deletePlan({ id: row.original.id })}
            trigger="Delete"
            triggerLabel={`Delete the ${row.original.name} plan`}
            title={`Delete the ${row.original.name} plan?`}
            description="Refused while any subscription uses it."
            confirmLabel="Delete plan"
            successMessage="Plan deleted."
            destructive
            triggerVariant="ghost"
          />
        )}
      </div>
    ),
  });
}

type Props = { result: GridPage<PlanRow>; canEdit: boolean; canDelete: boolean; exportHref?: string };

export function PlansTable({ result, canEdit, canDelete, exportHref }: Props) {
  const columns = useMemo(() => (canEdit || canDelete ? [...planColumns, actions(canEdit, canDelete)] : planColumns), [canEdit, canDelete]);
  return <DataTable label="Plans" spec={plansGrid} columns={columns} result={result} getRowId={(row) => row.id} exportHref={exportHref} />;
}
