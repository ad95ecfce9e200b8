import { AccessDenied } from "@/components/shell/access-denied";
import { getStaff } from "@/lib/auth/session";

// forbidden() from a console page (requirePermission): inside the shell, with links the role may open.
export default async function ConsoleForbidden() {
  const staff = await getStaff();
  return staff && <AccessDenied role={staff.role} />;
}
