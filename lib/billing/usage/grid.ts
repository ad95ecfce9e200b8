import { defineGrid } from "@/lib/data-table/spec";

/** The usage grid opens on this many days back (a filter the URL can widen). */
export const defaultUsageDays = 30;

export const usageGrid = defineGrid({
  columns: [
    { id: "time", header: "Time", hideable: false, filter: { kind: "date" } },
    { id: "organization", header: "Organization", filter: { kind: "text" } },
    // Exact key ids (key_…): an index lookup, not a substring scan of a million rows.
    { id: "apiKey", header: "API key", filter: { kind: "text" } },
    { id: "credits", header: "Credits" },
  ],
  defaultSort: { id: "time", desc: true },
  paging: { mode: "keyset", timeColumn: "time" },
});
