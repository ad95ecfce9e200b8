import { defineGrid } from "@/lib/data-table/spec";
import { subscriptionStatuses, subscriptionStatusLabels } from "@/lib/db/schema/saas-values";

export const subscriptionSources = [
  { value: "polar", label: "Polar" },
  { value: "manual", label: "Manual" },
] as const;

export const subscriptionsGrid = defineGrid({
  columns: [
    { id: "organization", header: "Organization", sortable: true, hideable: false },
    { id: "plan", header: "Plan", filter: { kind: "text" } },
    {
      id: "status",
      header: "Status",
      filter: { kind: "enum", options: subscriptionStatuses.map((s) => ({ value: s, label: subscriptionStatusLabels[s] })) },
    },
    { id: "source", header: "Source", filter: { kind: "enum", options: subscriptionSources } },
    { id: "price", header: "Price / month", sortable: true },
    { id: "periodEnd", header: "Period ends", sortable: true, filter: { kind: "date" } },
    { id: "polarEvent", header: "Last Polar event", sortable: true, hiddenByDefault: true },
    { id: "created", header: "Created", sortable: true, hiddenByDefault: true },
  ],
  defaultSort: { id: "periodEnd", desc: false },
  paging: { mode: "offset" },
  search: { placeholder: "Search organization or Polar id…" },
});
