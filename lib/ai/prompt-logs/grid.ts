// The prompt logs grid: one row per exchange (≈ 200k), keyset on (created_at, id), the last 30
// days unless a time window is chosen. It never shows what was written — only who, which model,
// the outcome, tokens and latency; the text is on the detail page, behind promptLog.read-text.
import { defineGrid } from "@/lib/data-table/spec";
import { aiModels, callStatusLabels, callStatuses } from "@/lib/db/schema/ai-values";

export const promptLogsGrid = defineGrid({
  columns: [
    { id: "created", header: "Time", sortable: true, filter: { kind: "date" } },
    { id: "user", header: "User", hideable: false, filter: { kind: "text" } },
    { id: "model", header: "Model", filter: { kind: "enum", options: aiModels.map((value) => ({ value, label: value })) } },
    {
      id: "status",
      header: "Status",
      // Grouping every log on each page view is not cheap; one user's logs are.
      filter: { kind: "enum", options: callStatuses.map((value) => ({ value, label: callStatusLabels[value] })), counts: { whenFilteredBy: ["user"] } },
    },
    { id: "tokens", header: "Tokens (prompt / completion)" },
    { id: "latency", header: "Latency (ms)", filter: { kind: "number" } },
  ],
  defaultSort: { id: "created", desc: true },
  paging: { mode: "keyset", timeColumn: "created" },
});
