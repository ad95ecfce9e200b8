import { defineGrid } from "@/lib/data-table/spec";
import { deliveryOutcomeLabels, deliveryOutcomes } from "@/lib/db/schema/saas-values";

export const deliveriesGrid = defineGrid({
  columns: [
    { id: "received", header: "Received", hideable: false, filter: { kind: "date" } },
    { id: "type", header: "Event", filter: { kind: "text" } },
    {
      id: "outcome",
      header: "Outcome",
      filter: { kind: "enum", options: deliveryOutcomes.map((o) => ({ value: o, label: deliveryOutcomeLabels[o] })), counts: { whenFilteredBy: ["q", "received"] } },
    },
    { id: "error", header: "Detail" },
    { id: "attempts", header: "Attempts" },
    { id: "subscription", header: "Polar subscription" },
    { id: "webhookId", header: "Webhook id", hiddenByDefault: true },
  ],
  defaultSort: { id: "received", desc: true },
  paging: { mode: "keyset", timeColumn: "received" },
  search: { placeholder: "Search webhook or Polar subscription id…" },
});
