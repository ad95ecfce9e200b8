import { forbidden, redirect } from "next/navigation";
import { ConsoleShell } from "@/components/shell/console-shell";
import { gateRoute, requestPath } from "@/lib/auth/route-gate";
import { gateFor, getSession, getStaff } from "@/lib/auth/session";
import { isDatabaseUnavailable, noteDatabaseDown } from "@/lib/db/availability";

// The real gate: a database-checked session whose user has a staff role (and, for an admin,
// two-factor set up unless STAFF_2FA=optional). Others see no data.
// `crumbs` is the @crumbs slot: the breadcrumbs, rendered per page so a record's crumb is its name.
export default async function ConsoleLayout({ children, crumbs }: { children: React.ReactNode; crumbs: React.ReactNode }) {
  const staff = await getStaff().catch((error) => {
    // The database went away since proxy.ts last probed it: the next request gets the 503 page.
    if (isDatabaseUnavailable(error)) noteDatabaseDown();
    throw error;
  });
  if (!staff) {
    const gate = gateFor(await getSession());
    if (gate !== "/forbidden") redirect(gate);
    forbidden();
  }
  await gateRoute(staff, await requestPath());
  return (
    <ConsoleShell staff={staff} crumbs={crumbs}>
      {children}
    </ConsoleShell>
  );
}
