// One section of a detail page that loads on its own: streamed in its own Suspense boundary (a
// skeleton until its data arrives) with its own error state. The child renders the section itself
// (usually a <RelatedList>), so it can put counts in the title line.
import { Suspense, type ReactNode } from "react";
import { RelatedList } from "@/components/data-table/related-list";
import { Skeleton } from "@/components/ui/skeleton";
import { SectionErrorBoundary } from "./section-error-boundary";

export function StreamedSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <SectionErrorBoundary title={title}>
      <Suspense
        fallback={
          <RelatedList title={title} description="Loading…">
            <Skeleton className="h-16" />
          </RelatedList>
        }
      >
        {children}
      </Suspense>
    </SectionErrorBoundary>
  );
}
