import type { Metadata } from "next";
import Link from "next/link";
import type { SearchParams } from "nuqs/server";
import { Button } from "@/components/ui/button";
import { sessionsGrid } from "@/lib/analytics/sessions/grid";
import { listSessions } from "@/lib/analytics/sessions/queries";
import { requirePermission } from "@/lib/auth/session";
import { gridQueryString, loadGridState } from "@/lib/data-table/search-params";
import { exportHref } from "@/lib/export/links";
import { SessionsTable } from "./sessions-table";

export const metadata: Metadata = { title: "Visitor sessions" };

export default async function SessionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePermission("visitorSession", "read");
  const state = loadGridState(sessionsGrid, await searchParams);
  const result = await listSessions(state);
  const openOnly = (state.filters.state as string[] | undefined)?.join() === "open";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Visitor sessions</h1>
          <p className="text-sm text-muted-foreground">A session ends after 30 minutes without an event. Filters: app (id or name), started, state.</p>
        </div>
        {/* Keeps the other filters and the search; paging starts over. */}
        <nav aria-label="Quick filters">
          <Button asChild size="sm" variant={openOnly ? "default" : "outline"}>
            <Link href={`/analytics/sessions${gridQueryString(sessionsGrid, { ...state.filters, q: state.q || null, state: openOnly ? null : ["open"] })}`} aria-current={openOnly ? "page" : undefined}>
              Open only
            </Link>
          </Button>
        </nav>
      </div>
      <SessionsTable result={result} exportHref={exportHref("visitor-sessions", staff.role)} />
    </div>
  );
}
