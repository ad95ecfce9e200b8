import { DataTableSkeleton } from "@/components/data-table/data-table-states";

export default function CompaniesLoading() {
  return <DataTableSkeleton columnCount={5} />;
}
