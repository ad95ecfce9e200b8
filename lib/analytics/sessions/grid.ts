// The Visitor sessions grid: keyset on (started_at, id), open-only as a quick filter.
import { sessionStateLabels, sessionStates } from "@/lib/db/schema/analytics-values";
import { defineGrid } from "@/lib/data-table/spec";

export const sessionsGrid = defineGrid({
  columns: [
    { id: "started", header: "Started", sortable: true, filter: { kind: "date" } },
    // An app id (from an app's page) or part of an app's name.
    { id: "app", header: "App", filter: { kind: "text" } },
    { id: "visitor", header: "Visitor", priority: "primary" },
    { id: "ended", header: "Ended" },
    { id: "duration", header: "Duration" },
    { id: "state", header: "State", filter: { kind: "enum", options: sessionStates.map((value) => ({ value, label: sessionStateLabels[value] })) } },
  ],
  defaultSort: { id: "started", desc: true },
  paging: { mode: "keyset", timeColumn: "started" },
  search: { placeholder: "Search visitor id…" },
});
