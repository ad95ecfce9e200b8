"use client";
// A client component so that the loading state each area's pages stream carries only a reference in the RSC payload.
import { Skeleton } from "@/components/ui/skeleton";

/** An overview page (figures and a chart) while it loads. */
export function OverviewSkeleton() {
  return (
    <div className="space-y-6" aria-busy="true" aria-label="Loading">
      <Skeleton className="h-8 w-48" />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-24" />
        ))}
      </div>
      <Skeleton className="h-72" />
    </div>
  );
}
