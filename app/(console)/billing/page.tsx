import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { BarChart } from "@/components/charts/bar-chart";
import { DateRangePicker } from "@/components/charts/date-range-picker";
import { DonutChart } from "@/components/charts/donut-chart";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import {
  creditsPerDayByPlan,
  organizationsOverQuota,
  recurringRevenue,
  recurringRevenueByPlan,
  subscriptionsByStatus,
  topOrganizationsByUsage,
  trialConversion,
} from "@/lib/billing/overview/queries";
import { requirePermission } from "@/lib/auth/session";
import { loadDateRange, presetLabels, suggestBucket } from "@/lib/charts/date-range";
import { bucketNames, formatBucket, formatCents, formatNumber, formatPercent } from "@/lib/format";
import { StatCard } from "@/components/charts/stat-card";

export const metadata: Metadata = { title: "Billing overview" };

const defaultPreset = "30d";

export default async function BillingOverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("subscription", "read");
  const range = await loadDateRange(searchParams, defaultPreset);
  const bucket = suggestBucket(range);
  const [revenue, byPlan, statuses, trials, overQuota, credits, topOrganizations] = await Promise.all([
    recurringRevenue(),
    recurringRevenueByPlan(),
    subscriptionsByStatus(),
    trialConversion(range),
    organizationsOverQuota(),
    creditsPerDayByPlan(range, bucket),
    topOrganizationsByUsage(range),
  ]);
  const rangeLabel = range.preset ? presetLabels[range.preset].toLowerCase() : `${formatBucket(range.from, "day", true)} – ${formatBucket(range.to, "day", true)}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Billing overview</h1>
        <DateRangePicker defaultPreset={defaultPreset} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard label="MRR" value={formatCents(revenue.activeCents)} detail={`${formatNumber(revenue.paying)} paying active subscriptions`} />
        <StatCard label="Past due" value={formatCents(revenue.pastDueCents)} detail="Monthly revenue at risk, not in MRR" />
        <StatCard
          label="Trials converting"
          value={trials.rate === null ? "—" : formatPercent(trials.rate)}
          detail={`Of ${formatNumber(trials.started)} started in the ${rangeLabel}: ${formatNumber(trials.converted)} paying, ${formatNumber(trials.trialing)} trialing, ${formatNumber(trials.canceled)} canceled`}
        />
        <StatCard label="Over quota" value={formatNumber(overQuota)} detail="Organizations past their plan's credits this period" />
      </div>
      <StackedBarChart
        title={`Credits per ${bucketNames[bucket].toLowerCase()} by plan`}
        description={`Metered credits, ${rangeLabel}`}
        data={credits}
        bucket={bucket}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <BarChart title="MRR by plan" description="Active subscriptions" data={byPlan} format="cents" categoryLabel="Plan" valueLabel="MRR" />
        <DonutChart title="Subscriptions by status" description="All organizations, now" data={statuses} categoryLabel="Status" valueLabel="Subscriptions" />
        <BarChart
          title="Top organizations by usage"
          description={`Credits, ${rangeLabel}`}
          data={topOrganizations}
          categoryLabel="Organization"
          valueLabel="Credits"
        />
      </div>
    </div>
  );
}
