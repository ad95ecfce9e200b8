import { redirect } from "next/navigation";
import { ConsoleShell } from "@/components/shell/console-shell";
import { Forbidden } from "@/components/shell/forbidden";
import { getSession, getStaff } from "@/lib/auth/session";

// The real gate: a database-checked session whose user has a staff role. Others see no data.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const staff = await getStaff();
  if (!staff) {
    if (!(await getSession())) redirect("/sign-in");
    return <Forbidden />;
  }
  return <ConsoleShell staff={staff}>{children}</ConsoleShell>;
}
