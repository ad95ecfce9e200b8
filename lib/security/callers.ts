// Every kind of caller the security tests try each entry point as: nobody, an end user, each
// staff role, a banned staff account, and a staff session that was revoked.
import { eq } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { session, user } from "@/lib/db/schema";
import { demoLogins, seedStaff } from "@/lib/db/seed/staff";
import { createLogin, sessionCookie } from "@/lib/test/auth";
import type { Role } from "@/lib/auth/permissions";

export type Caller = { name: string; cookie: string; role: Role | null; staffSession: boolean };

export async function allCallers(): Promise<Caller[]> {
  await seedStaff(db);
  const callers: Caller[] = [{ name: "no session", cookie: "", role: null, staffSession: false }];
  for (const login of demoLogins) {
    callers.push({ name: login.role, cookie: await sessionCookie(login.email, login.password), role: login.role, staffSession: login.role !== "user" });
  }
  const banned = await createLogin("admin", "matrix_banned_admin");
  const bannedCookie = await sessionCookie(banned.email, banned.password);
  await db.update(user).set({ banned: true }).where(eq(user.id, banned.id));
  callers.push({ name: "banned admin", cookie: bannedCookie, role: "admin", staffSession: false });
  const revoked = await createLogin("admin", "matrix_revoked_admin");
  const revokedCookie = await sessionCookie(revoked.email, revoked.password);
  await db.delete(session).where(eq(session.userId, revoked.id));
  callers.push({ name: "revoked admin session", cookie: revokedCookie, role: "admin", staffSession: false });
  return callers;
}
