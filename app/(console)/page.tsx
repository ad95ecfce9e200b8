import type { Metadata } from "next";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatValue } from "@/lib/format";
import { requirePermission } from "@/lib/auth/session";
import { productFigures, signUpsPerDay } from "@/lib/overview/queries";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const staff = await requirePermission("user", "read");
  const [figures, signUps] = await Promise.all([productFigures(), signUpsPerDay()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Overview</h1>
        <p className="text-sm text-muted-foreground">Welcome back, {staff.name}. Figures across the five products.</p>
      </div>
      <section aria-label="Totals per product" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
        {figures.map((f) => (
          <Card key={f.label} className="gap-1 py-4">
            <CardHeader className="px-4">
              <CardDescription>
                {f.product} · {f.label}
              </CardDescription>
              <CardTitle
                className="text-2xl tabular-nums"
                title={`${formatValue(f.value, f.format)}${f.approximate ? " (estimate from table statistics)" : ""}`}
              >
                {f.approximate ? "≈ " : ""}
                {formatValue(f.value, f.format, true)}
              </CardTitle>
            </CardHeader>
          </Card>
        ))}
      </section>
      <TimeSeriesChart title="Sign-ups, last 30 days" valueLabel="Sign-ups" data={signUps} bucket="day" variant="area" />
    </div>
  );
}
