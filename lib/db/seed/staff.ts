// Staff logins (and one end-user login) that the seed creates and the dev server prints.
import { hashPassword } from "better-auth/crypto";
import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { account, user } from "../schema";

export const demoLogins = [
  { id: "staff_admin", name: "Ada Admin", email: "admin@switchboard.dev", password: "admin-password", role: "admin" },
  { id: "staff_support", name: "Sam Support", email: "support@switchboard.dev", password: "support-password", role: "support" },
  { id: "staff_finance", name: "Fin Finance", email: "finance@switchboard.dev", password: "finance-password", role: "finance" },
  { id: "enduser_demo", name: "Eve Enduser", email: "user@switchboard.dev", password: "user-password", role: "user" },
] as const;

/** Inserts a user with an email+password account the way Better Auth stores them. Idempotent on id. */
export async function insertLogin(
  db: Database,
  login: { id: string; name: string; email: string; password: string; role: string },
) {
  const now = new Date();
  await db
    .insert(user)
    .values({ id: login.id, name: login.name, email: login.email, emailVerified: true, role: login.role, createdAt: now, updatedAt: now })
    .onConflictDoNothing();
  const hasAccount = await db.execute(sql`select 1 from ${account} where ${account.userId} = ${login.id} limit 1`);
  if (hasAccount.length > 0) return;
  await db.insert(account).values({
    id: `acc_${login.id}`,
    accountId: login.id,
    providerId: "credential",
    userId: login.id,
    password: await hashPassword(login.password),
    createdAt: now,
    updatedAt: now,
  });
}

export async function seedStaff(db: Database) {
  for (const login of demoLogins) await insertLogin(db, login);
}
