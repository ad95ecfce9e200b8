import Link from "next/link";
import { BudgetBadge, CallStatusBadge } from "@/app/(console)/ai/badges";
import { StatCard } from "@/components/charts/stat-card";
import { CompactTable } from "@/components/data-table/compact-table";
import { RelatedList } from "@/components/data-table/related-list";
import { userBudget } from "@/lib/ai/profiles/queries";
import { recentPromptLogsOf, type RecentPromptLog } from "@/lib/ai/prompt-logs/queries";
import { formatDateTime, formatMicrocents, formatNumber, formatPercent } from "@/lib/format";

type Props = { userId: string; showCalls: boolean; canReadText: boolean };

/** The AI profile, this month's tokens and cost against the budget, and the latest calls (metadata only). */
export async function AiSection({ userId, showCalls, canReadText }: Props) {
  const [budget, calls] = await Promise.all([userBudget(userId), showCalls ? recentPromptLogsOf(userId) : Promise.resolve([] as RecentPromptLog[])]);
  if (!budget) return null;
  const profile = budget.profile;
  return (
    <RelatedList
      title="AI"
      description={profile ? `AI profile${profile.displayName ? ` “${profile.displayName}”` : ""}, default model ${profile.defaultModel}.` : "No AI profile: no budget."}
      actions={
        <Link href={`/ai/users/${encodeURIComponent(userId)}`} className="text-sm underline-offset-4 hover:underline">
          AI spend detail
        </Link>
      }
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard
          label="Tokens this month"
          value={formatNumber(budget.usage.tokens)}
          detail={budget.budget ? `of ${formatNumber(budget.budget)} budget (${formatPercent(budget.share ?? 0)})` : "No monthly budget"}
        />
        <StatCard label="AI spend this month" value={formatMicrocents(BigInt(budget.usage.costMicrocents))} detail={`${formatNumber(budget.usage.calls)} calls`} />
        <StatCard label="Budget" value={budget.budget ? formatNumber(budget.budget) : "—"} detail={<BudgetBadge state={budget.state} />} />
      </div>
      {showCalls && (
        <CompactTable
          label="Latest AI calls"
          rows={calls}
          rowKey={(row) => row.id}
          empty="No AI calls yet."
          columns={[
            { header: "Time", cell: (row) => formatDateTime(row.createdAt) },
            { header: "Model", cell: (row) => row.model },
            { header: "Status", cell: (row) => <CallStatusBadge status={row.status} /> },
            { header: "Tokens", cell: (row) => formatNumber(row.promptTokens + row.completionTokens), numeric: true },
            // The text is read only on the log's own page, where each read is audited.
            ...(canReadText ? [{ header: "Text", cell: (row: RecentPromptLog) => <Link href={`/ai/prompt-logs/${row.id}`} className="underline-offset-4 hover:underline">Read</Link> }] : []),
          ]}
        />
      )}
    </RelatedList>
  );
}
