import "server-only";
import { ActionError } from "@/lib/actions/errors";
import { lockRow } from "@/lib/actions/lock-row";
import { isStaffRole } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { eq } from "drizzle-orm";
import { db, type Transaction } from "@/lib/db/client";
import { user } from "@/lib/db/schema";

export type TargetUser = typeof user.$inferSelect;

/** Loads the user an action is about, locked for the rest of the transaction. */
export function lockTarget(tx: Transaction, userId: string): Promise<TargetUser> {
  return lockRow(tx, user, userId, "That user no longer exists.");
}

/** No lock-outs: nobody bans, demotes or signs out themselves through these actions. */
export function refuseSelf(staff: Staff, target: TargetUser, what: string) {
  if (staff.id === target.id) throw new ActionError(`You cannot ${what} your own account.`);
}

/** Support may act on end users only; staff accounts are for admins to manage. */
export function refuseStaffTargetUnlessAdmin(staff: Staff, target: TargetUser) {
  if (staff.role !== "admin" && isStaffRole(target.role)) {
    throw new ActionError("Only an admin can do that to a staff account.");
  }
}

/** Whether `userId` is a staff account (a ban of staff asks for a fresh second factor). */
export async function isStaffAccount({ userId }: { userId: string }): Promise<boolean> {
  const [row] = await db.select({ role: user.role }).from(user).where(eq(user.id, userId));
  return isStaffRole(row?.role);
}

export function banState(u: TargetUser) {
  return { role: u.role, banned: u.banned ?? false, banReason: u.banReason, banExpires: u.banExpires };
}
