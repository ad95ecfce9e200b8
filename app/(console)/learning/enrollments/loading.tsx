import { DataTableSkeleton } from "@/components/data-table/data-table-states";

export default function EnrollmentsLoading() {
  return <DataTableSkeleton columnCount={3} />;
}
