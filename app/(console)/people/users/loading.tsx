import { DataTableSkeleton } from "@/components/data-table/data-table-states";

export default function UsersLoading() {
  return <DataTableSkeleton columnCount={5} />;
}
