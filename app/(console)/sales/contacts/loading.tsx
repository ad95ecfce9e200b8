import { DataTableSkeleton } from "@/components/data-table/data-table-states";

export default function ContactsLoading() {
  return <DataTableSkeleton columnCount={6} />;
}
