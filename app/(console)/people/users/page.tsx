import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { exportHref } from "@/lib/export/links";
import { usersGrid } from "@/lib/people/grid";
import { listUsers } from "@/lib/people/queries";
import { CreateStaffDialog } from "./create-staff-dialog";
import { UsersTable } from "./users-table";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("user", "read");
  const result = await listUsers(loadGridState(usersGrid, await searchParams));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
        {can(staff.role, "user", "create") && <CreateStaffDialog />}
      </div>
      <UsersTable result={result} exportHref={exportHref("users", staff.role)} />
    </div>
  );
}
