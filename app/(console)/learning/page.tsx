import type { Metadata } from "next";
import Link from "next/link";
import type { SearchParams } from "nuqs/server";
import { BarChart } from "@/components/charts/bar-chart";
import { DateRangePicker } from "@/components/charts/date-range-picker";
import { DonutChart } from "@/components/charts/donut-chart";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { requirePermission } from "@/lib/auth/session";
import { loadDateRange, presetLabels, suggestBucket } from "@/lib/charts/date-range";
import { bucketNames, formatBucket, formatValue } from "@/lib/format";
import {
  activeLearners,
  completionRates,
  coursesByStatus,
  enrollmentCounts,
  enrollmentsOverTime,
  progressStatusBreakdown,
} from "@/lib/learning/overview/queries";
import { StatCard } from "@/components/charts/stat-card";
import { PageHeader } from "@/components/layout/page-header";

export const metadata: Metadata = { title: "Learning overview" };

const defaultPreset = "12w";

export default async function LearningOverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("course", "read");
  const range = await loadDateRange(searchParams, defaultPreset);
  const bucket = suggestBucket(range);
  const [courseCounts, enrollmentTotals, learners, perBucket, completion, statuses] = await Promise.all([
    coursesByStatus(),
    enrollmentCounts(range),
    activeLearners(range),
    enrollmentsOverTime(range, bucket),
    completionRates(),
    progressStatusBreakdown(),
  ]);
  const rangeLabel = range.preset ? presetLabels[range.preset].toLowerCase() : `${formatBucket(range.from, "day", true)} – ${formatBucket(range.to, "day", true)}`;
  const count = (value: number) => formatValue(value, "count");
  // The grids' date filter for the same days, so a card opens the rows it counts.
  const inRange = `${range.from}..${range.to}`;

  return (
    <div className="space-y-6">
      <PageHeader title="Learning overview" actions={<DateRangePicker defaultPreset={defaultPreset} />} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard
          label="Courses"
          value={count(courseCounts.published + courseCounts.draft + courseCounts.archived)}
          detail={`${count(courseCounts.published)} published · ${count(courseCounts.draft)} draft · ${count(courseCounts.archived)} archived`}
          href="/learning/courses"
        />
        <StatCard
          label="Enrollments"
          value={count(enrollmentTotals.total)}
          href="/learning/enrollments"
          detail={
            <Link href={`/learning/enrollments?enrolled=${inRange}`} className="relative z-10 underline-offset-4 hover:underline">
              {count(enrollmentTotals.inRange)} in the {rangeLabel}
            </Link>
          }
        />
        <StatCard
          label="Active learners"
          value={count(learners)}
          detail={`Completed a lesson in the ${rangeLabel}`}
          href={`/learning/progress?status=completed&completed=${inRange}`}
        />
        <StatCard
          label="Completion rate"
          value={completion.overall === null ? "—" : formatValue(completion.overall, "percent")}
          detail="Lessons completed out of enrolled students × lessons"
        />
      </div>
      <TimeSeriesChart
        title={`Enrollments per ${bucketNames[bucket].toLowerCase()}`}
        description={`New enrollments, ${rangeLabel}`}
        data={perBucket}
        bucket={bucket}
        variant="line"
        valueLabel="Enrollments"
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <BarChart
          title="Completion rate per course"
          description="Top 10 courses by share of enrolled lessons completed"
          data={completion.topCourses}
          format="percent"
          categoryLabel="Course"
          valueLabel="Completion rate"
        />
        <DonutChart
          title="Lesson progress by status"
          description="Every learner's lessons, all time"
          data={statuses}
          categoryLabel="Status"
          valueLabel="Lessons"
        />
      </div>
    </div>
  );
}
