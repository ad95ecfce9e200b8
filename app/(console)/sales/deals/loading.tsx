import { DataTableSkeleton } from "@/components/data-table/data-table-states";

export default function DealsLoading() {
  return <DataTableSkeleton columnCount={8} />;
}
