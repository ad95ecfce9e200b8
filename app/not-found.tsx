import { NotFoundBody } from "@/components/shell/not-found-body";
import { ShellOutsideLayout } from "@/components/shell/outside-shell";
import { gateRefuses } from "@/lib/auth/route-gate";
import { getStaff } from "@/lib/auth/session";

// Reached when the console layout refuses a path before streaming (status 404), or any path outside the console.
export default async function NotFound() {
  const staff = await getStaff();
  if (!staff || !(await gateRefuses(staff, "not-found"))) {
    return (
      <main>
        <NotFoundBody />
      </main>
    );
  }
  return (
    <ShellOutsideLayout staff={staff}>
      <NotFoundBody />
    </ShellOutsideLayout>
  );
}
