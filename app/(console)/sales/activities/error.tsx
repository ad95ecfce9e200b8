"use client";
import { DataTableError } from "@/components/data-table/data-table-states";

export default function ActivitiesError({ retry }: { retry: () => void }) {
  return <DataTableError retry={retry} />;
}
