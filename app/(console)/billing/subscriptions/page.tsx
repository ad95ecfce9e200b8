import type { Metadata } from "next";
import Link from "next/link";
import type { SearchParams } from "nuqs/server";
import { subscriptionsGrid } from "@/lib/billing/subscriptions/grid";
import { listSubscriptions } from "@/lib/billing/subscriptions/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { gridQueryString, loadGridState } from "@/lib/data-table/search-params";
import { addDays, toIsoDay } from "@/lib/dates";
import { SubscriptionsTable } from "./subscriptions-table";

export const metadata: Metadata = { title: "Subscriptions" };

/** Quick filters: plain links into the grid's own URL state. */
function quickFilters(today: string) {
  return [
    { label: "Past due", query: gridQueryString(subscriptionsGrid, { status: ["past_due"] }) },
    { label: "Renews in 7 days", query: gridQueryString(subscriptionsGrid, { status: ["active", "trialing"], periodEnd: { from: today, to: addDays(today, 7) } }) },
  ];
}

export default async function SubscriptionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("subscription", "read");
  const result = await listSubscriptions(loadGridState(subscriptionsGrid, await searchParams));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Subscriptions</h1>
        <nav aria-label="Quick filters" className="flex flex-wrap gap-2 text-sm">
          {quickFilters(toIsoDay(new Date())).map((filter) => (
            <Link key={filter.label} href={`/billing/subscriptions${filter.query}`} className="rounded-md border px-3 py-1 hover:bg-accent">
              {filter.label}
            </Link>
          ))}
        </nav>
      </div>
      <p className="text-sm text-muted-foreground">
        Polar-synced subscriptions are read-only here (Polar owns them); manual ones are managed on their organization&apos;s page.
      </p>
      <SubscriptionsTable result={result} exportHref={can(staff.role, "subscription", "export") ? "/api/export/subscriptions" : undefined} />
    </div>
  );
}
