"use server";

import { hashPassword } from "better-auth/crypto";
import { and, eq, ne } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { lockForEdit } from "@/lib/actions/lock-row";
import { account, session, user } from "@/lib/db/schema";
import { banState, lockTarget, refuseSelf, refuseStaffTargetUnlessAdmin } from "./guards";
import { banSchema, createStaffSchema, revokeSessionSchema, setRoleSchema, userRefSchema } from "./schemas";

export const createStaffUser = defineAction({
  resource: "user",
  action: "create",
  schema: createStaffSchema,
  sensitive: true,
  constraints: { user_email_unique: { field: "email", message: "A user with this email already exists." } },
  async run(input, { tx, audit }) {
    const id = randomUUID();
    const now = new Date();
    await tx.insert(user).values({ id, name: input.name, email: input.email, role: input.role, emailVerified: true, createdAt: now, updatedAt: now });
    await tx.insert(account).values({
      id: randomUUID(),
      accountId: id,
      providerId: "credential",
      userId: id,
      password: await hashPassword(input.password),
      createdAt: now,
      updatedAt: now,
    });
    audit({ resourceId: id, after: { name: input.name, email: input.email, role: input.role } });
    return { id };
  },
});

export const setUserRole = defineAction({
  resource: "user",
  action: "set-role",
  schema: setRoleSchema,
  sensitive: true,
  async run({ userId, version, role }, { tx, staff, audit }) {
    const target = await lockForEdit(tx, user, { id: userId, version }, { resource: "user", missing: "That user no longer exists." });
    refuseSelf(staff, target, "change the role of");
    await tx.update(user).set({ role, updatedAt: new Date() }).where(eq(user.id, userId));
    audit({ resourceId: userId, before: { role: target.role }, after: { role } });
    return { role };
  },
});

export const banUser = defineAction({
  resource: "user",
  action: "ban",
  schema: banSchema,
  sensitive: true,
  async run({ userId, reason, expiresAt }, { tx, staff, audit }) {
    const target = await lockTarget(tx, userId);
    refuseSelf(staff, target, "ban");
    refuseStaffTargetUnlessAdmin(staff, target);
    const banExpires = expiresAt ? new Date(expiresAt) : null;
    const [after] = await tx
      .update(user)
      .set({ banned: true, banReason: reason, banExpires, updatedAt: new Date() })
      .where(eq(user.id, userId))
      .returning();
    // A ban ends every session at once, as Better Auth's own ban does.
    await tx.delete(session).where(eq(session.userId, userId));
    audit({ resourceId: userId, before: banState(target), after: banState(after) });
    return { banned: true };
  },
});

export const unbanUser = defineAction({
  resource: "user",
  action: "ban",
  schema: userRefSchema,
  sensitive: true,
  async run({ userId }, { tx, staff, audit }) {
    const target = await lockTarget(tx, userId);
    refuseStaffTargetUnlessAdmin(staff, target);
    const [after] = await tx
      .update(user)
      .set({ banned: false, banReason: null, banExpires: null, updatedAt: new Date() })
      .where(eq(user.id, userId))
      .returning();
    audit({ action: "unban", resourceId: userId, before: banState(target), after: banState(after) });
    return { banned: false };
  },
});

export const revokeSession = defineAction({
  resource: "session",
  action: "revoke",
  schema: revokeSessionSchema,
  async run({ userId, sessionId }, { tx, staff, audit }) {
    const target = await lockTarget(tx, userId);
    refuseStaffTargetUnlessAdmin(staff, target);
    if (sessionId === staff.sessionId) throw new ActionError("That is the session you are using. Sign out instead.");
    const removed = await tx
      .delete(session)
      .where(and(eq(session.id, sessionId), eq(session.userId, userId)))
      .returning({ id: session.id, userAgent: session.userAgent, ipAddress: session.ipAddress });
    if (removed.length === 0) throw new ActionError("That session has already ended.");
    audit({ resourceId: userId, before: removed[0] });
    return { revoked: 1 };
  },
});

export const revokeAllSessions = defineAction({
  resource: "session",
  action: "revoke",
  schema: userRefSchema,
  async run({ userId }, { tx, staff, audit }) {
    const target = await lockTarget(tx, userId);
    refuseStaffTargetUnlessAdmin(staff, target);
    // Your own current session stays: revoking it would lock you out mid-action.
    const removed = await tx
      .delete(session)
      .where(and(eq(session.userId, userId), ne(session.id, staff.sessionId)))
      .returning({ id: session.id });
    audit({ action: "revoke-all", resourceId: userId, after: { revoked: removed.length } });
    return { revoked: removed.length };
  },
});
