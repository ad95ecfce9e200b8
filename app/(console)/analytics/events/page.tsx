import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { eventsGrid } from "@/lib/analytics/events/grid";
import { listEvents } from "@/lib/analytics/events/queries";
import { requirePermission } from "@/lib/auth/session";
import { exportHref } from "@/lib/export/links";
import { loadGridState } from "@/lib/data-table/search-params";
import { recentWindowNote } from "@/lib/data-table/spec";
import { EventsTable } from "./events-table";
import { TimeRangePicker } from "./time-range-picker";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("event", "read");
  const state = loadGridState(eventsGrid, await searchParams);
  const result = await listEvents(state);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Events</h1>
        <p className="text-sm text-muted-foreground">
          {recentWindowNote(eventsGrid, state.filters)} Filters: app (id or name), event name and visitor (exact), properties as key=value.
        </p>
      </div>
      <TimeRangePicker state={state} />
      <EventsTable result={result} exportHref={exportHref("events", staff.role)} />
    </div>
  );
}
