import { DataTableSkeleton } from "@/components/data-table/data-table-states";

export default function ProgressLoading() {
  return <DataTableSkeleton columnCount={5} />;
}
