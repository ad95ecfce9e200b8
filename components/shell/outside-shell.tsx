import { crumbsFor } from "@/lib/breadcrumbs";
import { pathSegments, requestPath } from "@/lib/auth/route-gate";
import type { Staff } from "@/lib/auth/session";
import { Breadcrumbs } from "./breadcrumbs";
import { ConsoleShell } from "./console-shell";
import { HardNavigation } from "./hard-navigation";

/**
 * The console shell for a page the console layout refused before streaming (app/forbidden.tsx,
 * app/not-found.tsx render outside that layout), with the refused path's breadcrumbs.
 */
export async function ShellOutsideLayout({ staff, children }: { staff: Staff; children: React.ReactNode }) {
  const crumbs = await crumbsFor(staff, pathSegments(await requestPath()));
  return (
    <HardNavigation>
      <ConsoleShell staff={staff} crumbs={<Breadcrumbs crumbs={crumbs} />}>
        {children}
      </ConsoleShell>
    </HardNavigation>
  );
}
