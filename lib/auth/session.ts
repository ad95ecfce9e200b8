import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { noteStaff } from "@/lib/observability/request-context";
import { auth } from "./auth";
import { can, isStaffRole, type Action, type Resource, type StaffRole } from "./permissions";
import { mustEnrolSecondFactor } from "./two-factor-policy";

export type Staff = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  sessionId: string;
  impersonatedBy: string | null;
  twoFactorEnabled: boolean;
};

function readSession(requestHeaders: Headers) {
  return auth.api.getSession({ headers: requestHeaders, query: { disableCookieCache: true } });
}

/** The signed-in user's session, read from the database once per request (never a cookie cache). */
export const getSession = cache(async () => readSession(await headers()));

/**
 * The session as the cookies stand now: after a server action that replaced the session cookie
 * (enrolling in two-factor does), the page's re-render sees the new session, not the request's old one.
 */
export async function getCurrentCookieSession() {
  return readSession(new Headers({ cookie: (await cookies()).toString() }));
}

/** The signed-in staff member, or null for no session, a non-staff account or an admin who must enrol in two-factor first. */
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

type SessionRead = Awaited<ReturnType<typeof readSession>>;

/** A staff account that must set up two-factor before it sees any console data (the enrol page only). */
export function mustEnrol(session: SessionRead): boolean {
  const role = session?.user.role;
  return !!session && isStaffRole(role) && !session.user.banned && mustEnrolSecondFactor(role, !!session.user.twoFactorEnabled);
}

/** Where a signed-in account that is not (yet) console staff is sent. */
export function gateFor(session: SessionRead): "/sign-in" | "/account/two-factor" | "/forbidden" {
  if (!session) return "/sign-in";
  return mustEnrol(session) ? "/account/two-factor" : "/forbidden";
}

function staffOf(session: SessionRead): Staff | null {
  if (!session || !isStaffRole(session.user.role) || session.user.banned || mustEnrol(session)) return null;
  noteStaff(session.user.id);
  return {
    id: session.user.id,
    name: session.user.name,
    email: session.user.email,
    role: session.user.role,
    sessionId: session.session.id,
    impersonatedBy: session.session.impersonatedBy ?? null,
    twoFactorEnabled: !!session.user.twoFactorEnabled,
  };
}

/** For pages: the staff member allowed `action` on `resource`; otherwise sign-in or 403 (forbidden.tsx, inside the shell). */
export async function requirePermission<R extends Resource>(resource: R, action: Action<R>): Promise<Staff> {
  const staff = await getStaff();
  if (!staff) {
    const gate = gateFor(await getSession());
    if (gate !== "/forbidden") redirect(gate);
    forbidden();
  }
  if (!can(staff.role, resource, action)) forbidden();
  return staff;
}
