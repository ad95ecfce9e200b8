"use client";
import { DataTable } from "@/components/data-table/data-table";
import type { GridPage } from "@/lib/data-table/result";
import { usersGrid } from "@/lib/people/grid";
import type { UserRow } from "@/lib/people/queries";
import { userColumns } from "./columns";

export function UsersTable({ result, exportHref }: { result: GridPage<UserRow>; exportHref?: string }) {
  return (
    <DataTable
      label="Users"
      spec={usersGrid}
      columns={userColumns}
      result={result}
      getRowId={(row) => row.id}
      rowHref={(row) => `/people/users/${encodeURIComponent(row.id)}`}
      exportHref={exportHref}
    />
  );
}
