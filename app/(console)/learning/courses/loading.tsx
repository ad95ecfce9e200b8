import { DataTableSkeleton } from "@/components/data-table/data-table-states";

export default function CoursesLoading() {
  return <DataTableSkeleton columnCount={7} />;
}
