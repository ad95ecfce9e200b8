// The AI profiles grid: one row per profile (≈ 50k). Offset paging over indexed sorts; tokens
// this month and the share of the budget are computed for the page's rows only, and the two
// quick filters ("over budget", "above 80%") read the per-user month rollup.
import { defineGrid } from "@/lib/data-table/spec";
import { aiModels } from "@/lib/db/schema/ai-values";

export const budgetUseOptions = [
  { value: "over", label: "Over budget" },
  { value: "above80", label: "Above 80%" },
] as const;

export const profilesGrid = defineGrid({
  columns: [
    { id: "user", header: "User", hideable: false },
    { id: "displayName", header: "Display name" },
    { id: "model", header: "Default model", filter: { kind: "enum", options: aiModels.map((value) => ({ value, label: value })) } },
    { id: "budget", header: "Monthly budget", sortable: true, filter: { kind: "number" } },
    { id: "used", header: "Tokens this month" },
    { id: "budgetUse", header: "Budget use", filter: { kind: "enum", options: budgetUseOptions, counts: false } },
    { id: "created", header: "Created", sortable: true, filter: { kind: "date" } },
  ],
  defaultSort: { id: "created", desc: true },
  paging: { mode: "offset" },
  search: { placeholder: "Search user name or email…" },
});
