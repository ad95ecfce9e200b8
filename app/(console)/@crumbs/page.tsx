import { Breadcrumbs } from "@/components/shell/breadcrumbs";

// The overview's breadcrumbs: itself.
export default function OverviewCrumbs() {
  return <Breadcrumbs crumbs={[{ label: "Overview", href: "/" }]} />;
}
