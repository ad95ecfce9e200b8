import { OverviewSkeleton } from "@/components/shell/overview-skeleton";

export default function LearningLoading() {
  return <OverviewSkeleton />;
}
