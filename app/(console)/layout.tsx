import { redirect } from "next/navigation";
import { ConsoleShell } from "@/components/shell/console-shell";
import { Forbidden } from "@/components/shell/forbidden";
import { getSession, getStaff } from "@/lib/auth/session";
import { isDatabaseUnavailable, noteDatabaseDown } from "@/lib/db/availability";

// The real gate: a database-checked session whose user has a staff role. Others see no data.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const staff = await getStaff().catch((error) => {
    // The database went away since proxy.ts last probed it: the next request gets the 503 page.
    if (isDatabaseUnavailable(error)) noteDatabaseDown();
    throw error;
  });
  if (!staff) {
    if (!(await getSession())) redirect("/sign-in");
    return <Forbidden />;
  }
  return <ConsoleShell staff={staff}>{children}</ConsoleShell>;
}
