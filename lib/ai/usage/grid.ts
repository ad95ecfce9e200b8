// The token usage grid: one row per upstream call (≈ 1M), keyset on (created_at, id), the last
// 30 days unless a time range is chosen (lib/ai/window.ts). No text: usage rows carry none.
import { defineGrid } from "@/lib/data-table/spec";
import { aiModels } from "@/lib/db/schema/ai-values";

export const usageGrid = defineGrid({
  columns: [
    { id: "created", header: "Time", sortable: true, filter: { kind: "date" } },
    { id: "user", header: "User", hideable: false, filter: { kind: "text" } },
    { id: "model", header: "Model", filter: { kind: "enum", options: aiModels.map((value) => ({ value, label: value })) } },
    { id: "promptTokens", header: "Prompt tokens" },
    { id: "completionTokens", header: "Completion tokens" },
    { id: "cost", header: "Cost" },
  ],
  defaultSort: { id: "created", desc: true },
  paging: { mode: "keyset", timeColumn: "created" },
});
