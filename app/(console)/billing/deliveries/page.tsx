import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { deliveriesGrid } from "@/lib/billing/deliveries/grid";
import { listDeliveries } from "@/lib/billing/deliveries/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { DeliveriesTable } from "./deliveries-table";

export const metadata: Metadata = { title: "Polar deliveries" };

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("webhookDelivery", "read");
  const result = await listDeliveries(loadGridState(deliveriesGrid, await searchParams));
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Polar deliveries</h1>
        <p className="text-sm text-muted-foreground">Every webhook Polar sent to /api/webhooks/polar, and what the sync did with it.</p>
      </div>
      <DeliveriesTable
        result={result}
        canReapply={can(staff.role, "webhookDelivery", "reapply")}
        exportHref={can(staff.role, "webhookDelivery", "export") ? "/api/export/deliveries" : undefined}
      />
    </div>
  );
}
