"use client";
import { gridColumnHelper } from "@/components/data-table/features";
import { formatValue } from "@/lib/format";
import { formatDate } from "@/lib/format";
import type { ProfileRow } from "@/lib/ai/profiles/queries";
import { BudgetBadge } from "../badges";
import { PersonCell } from "@/components/data-table/person-cell";

const column = gridColumnHelper<ProfileRow>();
const count = (value: number) => formatValue(value, "count");

// Ids match profilesGrid (lib/ai/profiles/grid.ts); headers come from there too.
export const profileColumns = column.columns([
  column.accessor("userName", { id: "user", cell: (info) => <PersonCell resource="aiUser" id={info.row.original.userId} name={info.getValue()} email={info.row.original.userEmail} /> }),
  column.accessor("displayName", { id: "displayName", cell: (info) => info.getValue() ?? <span className="text-muted-foreground">—</span> }),
  column.accessor("defaultModel", { id: "model", cell: (info) => <code className="text-xs">{info.getValue()}</code> }),
  column.accessor("monthlyTokenBudget", {
    id: "budget",
    cell: (info) => <span className="tabular-nums">{info.getValue() > 0 ? count(info.getValue()) : "No budget"}</span>,
  }),
  column.accessor("tokensThisMonth", { id: "used", cell: (info) => <span className="tabular-nums">{count(info.getValue())}</span> }),
  column.accessor("budgetShare", {
    id: "budgetUse",
    cell: (info) => (
      <span className="flex items-center gap-2">
        {info.getValue() !== null && <span className="tabular-nums">{formatValue(info.getValue()!, "percent")}</span>}
        <BudgetBadge state={info.row.original.budgetState} />
      </span>
    ),
  }),
  column.accessor("createdAt", { id: "created", cell: (info) => <time dateTime={info.getValue().toISOString()}>{formatDate(info.getValue())}</time> }),
]);
