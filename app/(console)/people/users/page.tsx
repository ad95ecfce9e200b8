import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { requirePermission } from "@/lib/auth/session";
import { loadGridState } from "@/lib/data-table/search-params";
import { usersGrid } from "@/lib/people/grids";
import { listUsers } from "@/lib/people/queries";
import { UsersTable } from "./users-table";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("user", "read");
  const result = await listUsers(loadGridState(usersGrid, await searchParams));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
      <UsersTable result={result} />
    </div>
  );
}
