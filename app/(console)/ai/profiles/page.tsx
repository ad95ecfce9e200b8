import type { Metadata } from "next";
import Link from "next/link";
import type { SearchParams } from "nuqs/server";
import { Button } from "@/components/ui/button";
import { profilesGrid } from "@/lib/ai/profiles/grid";
import { listProfiles } from "@/lib/ai/profiles/queries";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { gridQueryString, loadGridState } from "@/lib/data-table/search-params";
import { ProfileDialog } from "./profile-dialog";
import { ProfilesTable } from "./profiles-table";

export const metadata: Metadata = { title: "AI profiles" };

const quickFilters = [
  { label: "Over budget", value: "over" },
  { label: "Above 80%", value: "above80" },
] as const;

export default async function ProfilesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("aiProfile", "read");
  const state = loadGridState(profilesGrid, await searchParams);
  const result = await listProfiles(state);
  const active = state.filters.budgetUse as string[] | undefined;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">AI profiles</h1>
          <p className="text-sm text-muted-foreground">Default model and soft monthly token budget per user; usage is this calendar month (UTC).</p>
        </div>
        {can(staff.role, "aiProfile", "create") && <ProfileDialog />}
      </div>
      <nav aria-label="Quick filters" className="flex flex-wrap gap-2">
        {quickFilters.map((filter) => {
          const pressed = active?.length === 1 && active[0] === filter.value;
          return (
            <Button key={filter.value} asChild size="sm" variant={pressed ? "default" : "outline"}>
              <Link href={`/ai/profiles${gridQueryString(profilesGrid, { budgetUse: pressed ? null : [filter.value] })}`} aria-current={pressed ? "page" : undefined}>
                {filter.label}
              </Link>
            </Button>
          );
        })}
      </nav>
      <ProfilesTable
        result={result}
        canEdit={can(staff.role, "aiProfile", "update")}
        canDelete={can(staff.role, "aiProfile", "delete")}
        exportHref={can(staff.role, "aiProfile", "export") ? "/api/export/ai-profiles" : undefined}
      />
    </div>
  );
}
