import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { formatMicrocents } from "@/lib/ai/money";
import { userBudget } from "@/lib/ai/profiles/queries";
import { userBurn } from "@/lib/ai/spend/queries";
import { requirePermission } from "@/lib/auth/session";
import { formatValue } from "@/lib/format";
import { budgetStateLabels } from "@/lib/db/schema/ai-values";
import { StatCard } from "@/components/charts/stat-card";
import { BudgetBadge } from "../../badges";
import { BurnChart } from "./burn-chart";

export const metadata: Metadata = { title: "AI usage of a user" };

export default async function UserBurnPage({ params }: { params: Promise<{ userId: string }> }) {
  await requirePermission("tokenUsage", "read");
  const { userId } = await params;
  const now = new Date();
  const budget = await userBudget(userId, now);
  if (!budget) notFound();
  const burn = await userBurn(budget.userId, budget.budget, now);
  const count = (value: number) => formatValue(value, "count");
  const monthName = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(now);
  const filter = `user=${encodeURIComponent(budget.email)}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">{budget.name}</h1>
          <BudgetBadge state={budget.state} />
        </div>
        <div className="flex gap-2">
          <Button asChild variant="outline" size="sm">
            <Link href={`/ai/usage?${filter}`}>Token usage</Link>
          </Button>
          <Button asChild variant="outline" size="sm">
            <Link href={`/ai/prompt-logs?${filter}`}>Prompt logs</Link>
          </Button>
        </div>
      </div>
      <p className="text-sm text-muted-foreground">
        {budget.email} ·{" "}
        {budget.profile ? `Default model ${budget.profile.defaultModel}` : "No AI profile (so no budget)"}
      </p>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard label="Tokens this month" value={count(budget.usage.tokens)} detail={`${count(budget.usage.calls)} calls, ${monthName} (UTC)`} />
        <StatCard label="Monthly budget" value={budget.budget === null ? "None" : count(budget.budget)} detail={budget.share === null ? budgetStateLabels.none : `${formatValue(budget.share, "percent")} used`} />
        <StatCard label="Projected by month end" value={count(burn.projected)} detail={burn.projectedShare === null ? "At the month-to-date rate" : `${formatValue(burn.projectedShare, "percent")} of the budget at this rate`} />
        <StatCard label="Cost this month" value={formatMicrocents(budget.usage.costMicrocents)} />
      </div>
      <BurnChart
        title={`Tokens in ${monthName}`}
        description={budget.budget === null ? "Month to date, projected to month end at the same rate" : "Month to date against the budget, projected to month end at the same rate"}
        points={burn.points}
        budget={budget.budget}
      />
    </div>
  );
}
