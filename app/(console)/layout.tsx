import { forbidden, redirect } from "next/navigation";
import { ConsoleShell } from "@/components/shell/console-shell";
import { gateRoute, requestPath } from "@/lib/auth/route-gate";
import { getSession, getStaff } from "@/lib/auth/session";

// The real gate: a database-checked session whose user has a staff role. Others see no data.
// `crumbs` is the @crumbs slot: the breadcrumbs, rendered per page so a record's crumb is its name.
export default async function ConsoleLayout({ children, crumbs }: { children: React.ReactNode; crumbs: React.ReactNode }) {
  const staff = await getStaff();
  if (!staff) {
    if (!(await getSession())) redirect("/sign-in");
    forbidden();
  }
  await gateRoute(staff, await requestPath());
  return (
    <ConsoleShell staff={staff} crumbs={crumbs}>
      {children}
    </ConsoleShell>
  );
}
