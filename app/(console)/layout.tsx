import { redirect } from "next/navigation";
import { ConsoleShell } from "@/components/shell/console-shell";
import { Forbidden } from "@/components/shell/forbidden";
import { gateFor, getSession, getStaff } from "@/lib/auth/session";

// The real gate: a database-checked session whose user has a staff role (and, for an admin,
// two-factor set up unless STAFF_2FA=optional). Others see no data.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const staff = await getStaff();
  if (!staff) {
    const gate = gateFor(await getSession());
    if (gate !== "/forbidden") redirect(gate);
    return <Forbidden />;
  }
  return <ConsoleShell staff={staff}>{children}</ConsoleShell>;
}
