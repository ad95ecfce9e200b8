import { DataTableSkeleton } from "@/components/data-table/data-table-states";

export default function AuditLoading() {
  return <DataTableSkeleton columnCount={6} />;
}
