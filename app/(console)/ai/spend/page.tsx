import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { BarChart } from "@/components/charts/bar-chart";
import { DateRangePicker } from "@/components/charts/date-range-picker";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { formatMicrocents } from "@/lib/ai/money";
import { costPerModel, modelQuality, promptVsCompletionTokens, spendTotals, topSpenders, usersOverBudget } from "@/lib/ai/spend/queries";
import { requirePermission } from "@/lib/auth/session";
import { loadDateRange, presetLabels, suggestBucket } from "@/lib/charts/date-range";
import { bucketNames, formatBucket, formatValue } from "@/lib/format";
import { StatCard } from "@/components/charts/stat-card";
import { ModelQualityTable } from "./model-quality-table";
import { OverBudgetList } from "./over-budget-list";

export const metadata: Metadata = { title: "AI spend" };

const defaultPreset = "30d";

export default async function SpendPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("tokenUsage", "read");
  const range = await loadDateRange(searchParams, defaultPreset);
  const bucket = suggestBucket(range);
  const [totals, cost, tokens, spenders, overBudget, quality] = await Promise.all([
    spendTotals(range),
    costPerModel(range, bucket),
    promptVsCompletionTokens(range, bucket),
    topSpenders(),
    usersOverBudget(),
    modelQuality(range),
  ]);
  const rangeLabel = range.preset ? presetLabels[range.preset].toLowerCase() : `${formatBucket(range.from, "day", true)} – ${formatBucket(range.to, "day", true)}`;
  const per = bucketNames[bucket].toLowerCase();
  const count = (value: number) => formatValue(value, "count");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">AI spend</h1>
        <DateRangePicker defaultPreset={defaultPreset} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard label="Cost" value={formatMicrocents(totals.costMicrocents)} detail={`Upstream model calls, ${rangeLabel}`} />
        <StatCard label="Tokens" value={count(totals.promptTokens + totals.completionTokens)} detail={`${count(totals.promptTokens)} prompt · ${count(totals.completionTokens)} completion`} />
        <StatCard label="Calls" value={count(totals.calls)} detail={rangeLabel} />
        <StatCard label="Over budget" value={count(overBudget.count)} detail="Users past their monthly token budget this month (UTC)" />
      </div>
      <StackedBarChart title={`Cost per model per ${per}`} description={`Upstream cost, ${rangeLabel}`} data={cost} bucket={bucket} format="microcents" />
      <StackedBarChart title={`Prompt vs completion tokens per ${per}`} description={`Tokens billed, ${rangeLabel}`} data={tokens} bucket={bucket} />
      <div className="grid gap-4 lg:grid-cols-2">
        <BarChart
          title="Top spenders this month"
          description="Cost this calendar month (UTC)"
          data={spenders.map((spender) => ({ label: `${spender.name} (${spender.email})`, value: Number(spender.costMicrocents) }))}
          format="microcents"
          categoryLabel="User"
          valueLabel="Cost"
          emptyMessage="No usage this month yet."
        />
        <OverBudgetList count={overBudget.count} users={overBudget.users} />
      </div>
      <ModelQualityTable rows={quality} rangeLabel={rangeLabel} />
    </div>
  );
}
