import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { promptLogsGrid } from "@/lib/ai/prompt-logs/grid";
import { listPromptLogs } from "@/lib/ai/prompt-logs/queries";
import { DEFAULT_WINDOW_DAYS, isDefaultWindow } from "@/lib/ai/window";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { PromptLogsTable } from "./prompt-logs-table";

export const metadata: Metadata = { title: "Prompt logs" };

export default async function PromptLogsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("promptLog", "read");
  const state = loadGridState(promptLogsGrid, await searchParams);
  const result = await listPromptLogs(state);
  const text = can(staff.role, "promptLog", "read-text")
    ? "Open a log to read its prompt and completion; each view is recorded in the audit log."
    : "Your role sees tokens, latency and status; what was written to the model is not shown.";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Prompt logs</h1>
        <p className="text-sm text-muted-foreground">
          {isDefaultWindow(state, "created") ? `The last ${DEFAULT_WINDOW_DAYS} days; pick a Time range for others.` : "The chosen time range."} {text}
        </p>
      </div>
      <PromptLogsTable result={result} exportHref={can(staff.role, "promptLog", "export") ? "/api/export/prompt-logs" : undefined} />
    </div>
  );
}
