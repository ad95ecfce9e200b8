"use client";
import { DataTable } from "@/components/data-table/data-table";
import { eventsGrid } from "@/lib/analytics/events/grid";
import type { EventRow } from "@/lib/analytics/events/queries";
import type { GridPage } from "@/lib/data-table/result";
import { eventColumns } from "./columns";

export function EventsTable({ result }: { result: GridPage<EventRow> }) {
  return <DataTable label="Events" spec={eventsGrid} columns={eventColumns} result={result} getRowId={(row) => row.id} />;
}
