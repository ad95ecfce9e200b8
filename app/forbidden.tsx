import { AccessDenied } from "@/components/shell/access-denied";
import { Forbidden as NoConsoleAccess } from "@/components/shell/forbidden";
import { ShellOutsideLayout } from "@/components/shell/outside-shell";
import { getStaff } from "@/lib/auth/session";

// 403 with its real status: end users get the bare page, staff the console shell with a way on.
export default async function Forbidden() {
  const staff = await getStaff();
  if (!staff) return <NoConsoleAccess />;
  return (
    <ShellOutsideLayout staff={staff}>
      <AccessDenied staff={staff} />
    </ShellOutsideLayout>
  );
}
