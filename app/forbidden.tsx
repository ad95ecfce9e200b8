import { AccessDenied } from "@/components/shell/access-denied";
import { Forbidden as NoConsoleAccess } from "@/components/shell/forbidden";
import { ShellOutsideLayout } from "@/components/shell/outside-shell";
import { gateRefuses } from "@/lib/auth/route-gate";
import { getStaff } from "@/lib/auth/session";

// 403 with its real status: staff refused a console page get the console shell with a way on,
// anyone else (and the copy Next renders into every page's payload) the bare page.
export default async function Forbidden() {
  const staff = await getStaff();
  if (!staff || !(await gateRefuses(staff, "forbidden"))) return <NoConsoleAccess />;
  return (
    <ShellOutsideLayout staff={staff}>
      <AccessDenied role={staff.role} />
    </ShellOutsideLayout>
  );
}
