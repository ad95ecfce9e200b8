// Real sign-ins for integration tests: Better Auth issues a real session, whose cookie becomes
// the request headers of the code under test.
import { auth } from "@/lib/auth/auth";
import { db } from "@/lib/db/client";
import { demoLogins, insertLogin, seedStaff } from "@/lib/db/seed/staff";
import { setRequestHeaders } from "./next-headers";

export type LoginRole = (typeof demoLogins)[number]["role"];

export async function sessionCookie(email: string, password: string): Promise<string> {
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  if (!response.ok) throw new Error(`sign-in failed for ${email}: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** Signs in as the seeded login of `role` and makes it the current request's session. */
export async function actAs(role: LoginRole): Promise<void> {
  await seedStaff(db);
  const login = demoLogins.find((l) => l.role === role)!;
  setRequestHeaders({ cookie: await sessionCookie(login.email, login.password), "user-agent": "vitest" });
}

/** A fresh login of any role, for tests that need a second staff member or end user. */
export async function createLogin(role: string, id: string) {
  const login = { id, name: `Test ${id}`, email: `${id}@example.test`, password: "test-password", role };
  await insertLogin(db, login);
  return login;
}

export function actAnonymously(): void {
  setRequestHeaders({});
}
