// The Activities grid across all deals: append-only and the biggest CRM table, so keyset on
// (occurred_at, id). Also the deal page's and company page's timelines (a fixed deal scope).
import { defineGrid } from "@/lib/data-table/spec";
import { activityTypeLabels, activityTypes } from "@/lib/db/schema/crm-values";

export const activitiesGrid = defineGrid({
  columns: [
    { id: "occurred", header: "When", sortable: true, hideable: false, filter: { kind: "date" } },
    { id: "type", header: "Type", filter: { kind: "enum", options: activityTypes.map((type) => ({ value: type, label: activityTypeLabels[type] })) } },
    { id: "actor", header: "Logged by", filter: { kind: "text" } },
    { id: "deal", header: "Deal" },
    { id: "body", header: "What happened" },
  ],
  defaultSort: { id: "occurred", desc: true },
  paging: { mode: "keyset", timeColumn: "occurred" },
});
