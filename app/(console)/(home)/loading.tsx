import { OverviewSkeleton } from "@/components/shell/overview-skeleton";

// The overview's own loading state. The console has none at its root: a loading boundary there
// would start every response streaming before an unknown path's notFound(), which then answers 200.
export default function OverviewLoading() {
  return <OverviewSkeleton />;
}
