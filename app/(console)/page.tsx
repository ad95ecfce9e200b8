import type { Metadata } from "next";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { StatCard } from "@/components/charts/stat-card";
import { PageHeader } from "@/components/layout/page-header";
import { formatValue } from "@/lib/format";
import { requirePermission } from "@/lib/auth/session";
import { productFigures, signUpsPerDay } from "@/lib/overview/queries";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const staff = await requirePermission("user", "read");
  const [figures, signUps] = await Promise.all([productFigures(), signUpsPerDay()]);
  return (
    <div className="space-y-6">
      <PageHeader title="Overview" description={`Welcome back, ${staff.name}. Figures across the five products.`} />
      <section aria-label="Totals per product" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
        {figures.map((f) => (
          <StatCard
            key={f.label}
            label={`${f.product} · ${f.label}`}
            value={`${f.approximate ? "≈ " : ""}${formatValue(f.value, f.format, true)}`}
            title={`${formatValue(f.value, f.format)}${f.approximate ? " (estimate from table statistics)" : ""}`}
          />
        ))}
      </section>
      <TimeSeriesChart title="Sign-ups, last 30 days" valueLabel="Sign-ups" data={signUps} bucket="day" variant="area" />
    </div>
  );
}
