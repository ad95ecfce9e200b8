import { defineGrid } from "@/lib/data-table/spec";

export const usageGrid = defineGrid({
  columns: [
    { id: "time", header: "Time", hideable: false, filter: { kind: "date" } },
    { id: "organization", header: "Organization", filter: { kind: "text" } },
    // Exact key ids (key_…): an index lookup, not a substring scan of a million rows.
    { id: "apiKey", header: "API key", filter: { kind: "text" } },
    { id: "credits", header: "Credits" },
  ],
  defaultSort: { id: "time", desc: true },
  paging: { mode: "keyset", timeColumn: "time", recentDays: 30 },
});
