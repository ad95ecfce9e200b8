import type { Metadata } from "next";
import { BarChart } from "@/components/charts/bar-chart";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { dailyActiveVisitors, eventsPerDayByName, sessionsPerDay, topApps } from "@/lib/analytics/overview/queries";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Analytics overview" };

export default async function AnalyticsOverviewPage() {
  await requirePermission("event", "read");
  const [byName, dau, sessions, apps] = await Promise.all([eventsPerDayByName(), dailyActiveVisitors(), sessionsPerDay(), topApps()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Analytics overview</h1>
      <div className="grid gap-4 lg:grid-cols-2">
        <StackedBarChart title="Events per day" description="Last 30 days (UTC), by the top event names" data={byName} bucket="day" />
        <TimeSeriesChart title="Daily active visitors" description="Distinct visitors per day" data={[...dau]} bucket="day" valueLabel="Visitors" />
        <TimeSeriesChart title="Sessions per day" description="Sessions started per day" data={sessions.map((s) => ({ bucket: s.day, value: s.sessions }))} bucket="day" valueLabel="Sessions" />
        <TimeSeriesChart title="Median session length" description="Minutes, sessions started that day" data={sessions.map((s) => ({ bucket: s.day, value: s.median_minutes ?? 0 }))} bucket="day" variant="line" valueLabel="Minutes" />
        <BarChart title="Top apps by events" description="Last 30 days" data={[...apps]} categoryLabel="App" valueLabel="Events" />
      </div>
    </div>
  );
}
