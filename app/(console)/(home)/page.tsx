import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { DateRangePicker } from "@/components/charts/date-range-picker";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { StatCard } from "@/components/charts/stat-card";
import { PageHeader } from "@/components/layout/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadDateRange, presetLabels, suggestBucket } from "@/lib/charts/date-range";
import { bucketNames, formatBucket, formatValue } from "@/lib/format";
import { productFigures, signUpsOverTime } from "@/lib/overview/queries";

export const metadata: Metadata = { title: "Overview" };

const defaultPreset = "30d";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("user", "read");
  const range = await loadDateRange(searchParams, defaultPreset);
  const bucket = suggestBucket(range);
  const [figures, signUps] = await Promise.all([productFigures(), signUpsOverTime(range, bucket)]);
  const rangeLabel = range.preset ? presetLabels[range.preset].toLowerCase() : `${formatBucket(range.from, "day", true)} – ${formatBucket(range.to, "day", true)}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Overview"
        description={`Welcome back, ${staff.name}. Figures across the five products.`}
        actions={<DateRangePicker defaultPreset={defaultPreset} />}
      />
      <section aria-label="Totals per product" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
        {figures.map((f) => (
          <StatCard
            key={f.label}
            label={`${f.product} · ${f.label}`}
            // Counts compact (1.2M); money to the cent.
            value={`${f.approximate ? "≈ " : ""}${formatValue(f.value, f.format, f.format === "count")}`}
            title={`${formatValue(f.value, f.format)}${f.approximate ? " (estimate from table statistics)" : ""}`}
            href={can(staff.role, f.grid.resource, "read") ? f.grid.href : undefined}
          />
        ))}
      </section>
      <TimeSeriesChart
        title={`Sign-ups per ${bucketNames[bucket].toLowerCase()}`}
        description={`New accounts, ${rangeLabel}`}
        valueLabel="Sign-ups"
        data={signUps}
        bucket={bucket}
        variant="area"
      />
    </div>
  );
}
