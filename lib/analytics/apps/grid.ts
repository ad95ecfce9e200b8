// The Tracked apps grid, shared by the server query, the client table and the CSV export.
import { defineGrid } from "@/lib/data-table/spec";

export const appsGrid = defineGrid({
  columns: [
    { id: "name", header: "Name", sortable: true, hideable: false },
    { id: "owner", header: "Owner", sortable: true, filter: { kind: "text" } },
    { id: "key", header: "Key" },
    { id: "events24h", header: "Events (24 h)" },
    { id: "lastEvent", header: "Last event" },
    { id: "created", header: "Created", sortable: true, filter: { kind: "date" } },
  ],
  defaultSort: { id: "created", desc: true },
  paging: { mode: "offset" },
  search: { placeholder: "Search app name…" },
});
