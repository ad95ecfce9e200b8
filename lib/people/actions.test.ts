import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog, session, user } from "@/lib/db/schema";
import { actAnonymously, actAs, createLogin, sessionCookie } from "@/lib/test/auth";
import { banUser, createStaffUser, revokeAllSessions, revokeSession, setUserRole, unbanUser } from "./actions";
import { auditCount } from "@/lib/test/audit";
import { versionNow } from "@/lib/test/row-version";

const newStaff = { name: "Nora New", email: "nora@switchboard.dev", password: "nora-password", role: "support" } as const;

async function usersNamed(email: string) {
  return db.select().from(user).where(eq(user.email, email));
}

beforeEach(async () => {
  await db.delete(user).where(eq(user.email, newStaff.email));
});

describe("createStaffUser through the action wrapper", () => {
  it("refuses a caller without a session and writes nothing", async () => {
    actAnonymously();
    const before = await auditCount();
    const result = await createStaffUser(newStaff);
    expect(result.serverError).toMatch(/sign in/i);
    expect(await usersNamed(newStaff.email)).toHaveLength(0);
    expect(await auditCount()).toBe(before);
  });

  it("refuses a role without the permission and writes nothing", async () => {
    await actAs("finance");
    const before = await auditCount();
    const result = await createStaffUser(newStaff);
    expect(result.serverError).toMatch(/may not create user/);
    expect(await usersNamed(newStaff.email)).toHaveLength(0);
    expect(await auditCount()).toBe(before);
  });

  it("refuses an end-user account even with a valid session", async () => {
    await actAs("user");
    const result = await createStaffUser(newStaff);
    expect(result.serverError).toBe("Your account has no access to the console.");
    expect(await usersNamed(newStaff.email)).toHaveLength(0);
  });

  it("returns field errors for invalid input and writes nothing", async () => {
    await actAs("admin");
    const before = await auditCount();
    const result = await createStaffUser({ name: "", email: "not-an-email", password: "short", role: "user" as never });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password", "role"]);
    expect(await auditCount()).toBe(before);
  });

  it("creates the user, its password login and an audit row in one go", async () => {
    await actAs("admin");
    const result = await createStaffUser(newStaff);
    expect(result.data?.id).toBeTruthy();
    const [created] = await usersNamed(newStaff.email);
    expect(created.role).toBe("support");
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, created.id));
    expect(entry).toMatchObject({ actorEmail: "admin@switchboard.dev", actorRole: "admin", resource: "user", action: "create" });
    expect(JSON.stringify(entry.after)).not.toContain(newStaff.password);
    // The new person can sign in straight away.
    await expect(sessionCookie(newStaff.email, newStaff.password)).resolves.toContain("session_token");
  });

  it("puts a duplicate email on the email field", async () => {
    await actAs("admin");
    await createStaffUser(newStaff);
    const result = await createStaffUser({ ...newStaff, name: "Someone Else" });
    expect(result.validationErrors?.fieldErrors.email).toEqual(["A user with this email already exists."]);
    expect(await usersNamed(newStaff.email)).toHaveLength(1);
  });
});

describe("ban, role and session rules", () => {
  it("support bans an end user, which ends their sessions and blocks sign-in; unban restores it", async () => {
    const target = await createLogin("user", "ban_target");
    await sessionCookie(target.email, target.password);
    await actAs("support");
    const result = await banUser({ userId: target.id, reason: "Chargeback fraud", expiresAt: "" });
    expect(result.data).toEqual({ banned: true });
    expect(await db.select().from(session).where(eq(session.userId, target.id))).toHaveLength(0);
    await expect(sessionCookie(target.email, target.password)).rejects.toThrow(/banned/i);
    expect((await unbanUser({ userId: target.id })).data).toEqual({ banned: false });
    await expect(sessionCookie(target.email, target.password)).resolves.toContain("session_token");
  });

  it("support cannot ban a staff account", async () => {
    const target = await createLogin("finance", "staff_target");
    await actAs("support");
    const result = await banUser({ userId: target.id, reason: "Not allowed", expiresAt: "" });
    expect(result.serverError).toMatch(/only an admin/i);
    const [row] = await db.select().from(user).where(eq(user.id, target.id));
    expect(row.banned).toBe(false);
  });

  it("nobody bans or demotes themselves", async () => {
    await actAs("admin");
    expect((await banUser({ userId: "staff_admin", reason: "oops, me", expiresAt: "" })).serverError).toMatch(/your own/);
    expect((await setUserRole({ userId: "staff_admin", version: await versionNow(user, "staff_admin"), role: "user" })).serverError).toMatch(/your own/);
    const [me] = await db.select().from(user).where(eq(user.id, "staff_admin"));
    expect(me).toMatchObject({ role: "admin", banned: false });
  });

  it("rejects a ban that ends in the past", async () => {
    const target = await createLogin("user", "past_ban");
    await actAs("admin");
    const result = await banUser({ userId: target.id, reason: "Spam", expiresAt: "2000-01-01T00:00" });
    expect(result.validationErrors?.fieldErrors.expiresAt).toEqual(["The ban must end in the future."]);
  });

  it("revoking all of your own sessions signs out your other devices and keeps this one", async () => {
    await sessionCookie("admin@switchboard.dev", "admin-password"); // another device
    await actAs("admin");
    const sessionsBefore = await db.select().from(session).where(eq(session.userId, "staff_admin"));
    expect(sessionsBefore.length).toBeGreaterThan(1);
    const result = await revokeAllSessions({ userId: "staff_admin" });
    expect(result.data).toEqual({ revoked: sessionsBefore.length - 1 });
    const left = await db.select().from(session).where(eq(session.userId, "staff_admin"));
    expect(left).toHaveLength(1);
    // The one left is the caller's: it still works.
    expect((await setUserRole({ userId: "ban_target", version: await versionNow(user, "ban_target"), role: "user" })).serverError).toBeUndefined();
  });

  it("revokes one session of an end user, and support may not touch a staff member's sessions", async () => {
    const target = await createLogin("user", "revoke_target");
    await sessionCookie(target.email, target.password);
    await sessionCookie(target.email, target.password);
    const [first, second] = await db.select().from(session).where(eq(session.userId, target.id));
    await actAs("support");
    expect((await revokeSession({ userId: target.id, sessionId: first.id })).data).toEqual({ revoked: 1 });
    expect((await db.select().from(session).where(eq(session.userId, target.id))).map((s) => s.id)).toEqual([second.id]);
    expect((await revokeSession({ userId: target.id, sessionId: first.id })).serverError).toBe("That session has already ended.");

    await sessionCookie("finance@switchboard.dev", "finance-password");
    const financeSessions = await db.select().from(session).where(eq(session.userId, "staff_finance"));
    const refused = await revokeAllSessions({ userId: "staff_finance" });
    expect(refused.serverError).toMatch(/only an admin/i);
    expect(await db.select().from(session).where(eq(session.userId, "staff_finance"))).toHaveLength(financeSessions.length);
  });
});
