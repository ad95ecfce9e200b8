"use client";
import { DataTableError } from "@/components/data-table/data-table-states";

export default function CompaniesError({ retry }: { retry: () => void }) {
  return <DataTableError retry={retry} />;
}
