// The Events explorer grid: keyset on (occurred_at, id), the last 24 hours unless a date range is set.
import { defineGrid } from "@/lib/data-table/spec";

export const eventsGrid = defineGrid({
  columns: [
    { id: "occurred", header: "Occurred", sortable: true, filter: { kind: "date" } },
    // An app id (from an app's page) or part of an app's name.
    { id: "app", header: "App", filter: { kind: "text" } },
    { id: "name", header: "Event", filter: { kind: "text" } },
    // Exact visitor id.
    { id: "visitor", header: "Visitor", filter: { kind: "text" } },
    // `key=value`: events whose properties contain it.
    { id: "props", header: "Properties", filter: { kind: "text" } },
  ],
  defaultSort: { id: "occurred", desc: true },
  paging: { mode: "keyset", timeColumn: "occurred" },
});
