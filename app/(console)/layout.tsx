import { redirect } from "next/navigation";
import { ConsoleShell } from "@/components/shell/console-shell";
import { Forbidden } from "@/components/shell/forbidden";
import { gateFor, getSession, getStaff } from "@/lib/auth/session";
import { isDatabaseUnavailable, noteDatabaseDown } from "@/lib/db/availability";

// The real gate: a database-checked session whose user has a staff role (and, for an admin,
// two-factor set up unless STAFF_2FA=optional). Others see no data.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const staff = await getStaff().catch((error) => {
    // The database went away since proxy.ts last probed it: the next request gets the 503 page.
    if (isDatabaseUnavailable(error)) noteDatabaseDown();
    throw error;
  });
  if (!staff) {
    const gate = gateFor(await getSession());
    if (gate !== "/forbidden") redirect(gate);
    return <Forbidden />;
  }
  return <ConsoleShell staff={staff}>{children}</ConsoleShell>;
}
