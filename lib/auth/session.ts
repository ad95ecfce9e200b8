import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { can, isStaffRole, type Action, type Resource, type StaffRole } from "./permissions";

export type Staff = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  sessionId: string;
  impersonatedBy: string | null;
};

function readSession(requestHeaders: Headers) {
  return auth.api.getSession({ headers: requestHeaders, query: { disableCookieCache: true } });
}

/** The signed-in user's session, read from the database once per request (never a cookie cache). */
export const getSession = cache(async () => readSession(await headers()));

/** The signed-in staff member, or null for no session or a non-staff account. */
export const getStaff = cache(async (): Promise<Staff | null> => staffOf(await getSession()));

/** For route handlers: the staff member whose session cookie `request` carries, or null. */
export async function getStaffOfRequest(request: Request): Promise<Staff | null> {
  return (await callerOfRequest(request)).staff;
}

/** For route handlers: who is calling — a staff member, or whether anyone is signed in at all (401 vs 403). */
export async function callerOfRequest(request: Request): Promise<{ staff: Staff | null; signedIn: boolean }> {
  const session = await readSession(request.headers);
  return { staff: staffOf(session), signedIn: session !== null };
}

function staffOf(session: Awaited<ReturnType<typeof readSession>>): Staff | null {
  if (!session || !isStaffRole(session.user.role) || session.user.banned) return null;
  return {
    id: session.user.id,
    name: session.user.name,
    email: session.user.email,
    role: session.user.role,
    sessionId: session.session.id,
    impersonatedBy: session.session.impersonatedBy ?? null,
  };
}

/** For pages: the staff member allowed `action` on `resource`; otherwise sign-in or 403 (forbidden.tsx, inside the shell). */
export async function requirePermission<R extends Resource>(resource: R, action: Action<R>): Promise<Staff> {
  const staff = await getStaff();
  if (!staff) {
    if (!(await getSession())) redirect("/sign-in");
    forbidden();
  }
  if (!can(staff.role, resource, action)) forbidden();
  return staff;
}
