import { DataTableSkeleton } from "@/components/data-table/data-table-states";

export default function ActivitiesLoading() {
  return <DataTableSkeleton columnCount={5} />;
}
