"use server";

import { and, eq, ne } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { lockRow } from "@/lib/actions/lock-row";
import type { Transaction } from "@/lib/db/client";
import { memberships, organizations, type MemberRole } from "@/lib/db/schema";
import { addMemberSchema, changeMemberRoleSchema, memberRefSchema } from "./schemas";

const revalidate = "/billing";

const memberConstraints = {
  memberships_org_user_unique: { field: "userId", message: "This user is already a member of this organization." },
  memberships_user_id_user_id_fk: { field: "userId", message: "That user no longer exists. Pick another user." },
  memberships_organization_id_organizations_id_fk: { message: "That organization no longer exists." },
  memberships_role_check: { field: "role", message: "Pick one of the listed roles." },
};

/**
 * The membership, locked, with its organization locked too: every role change and removal in one
 * organization queues behind the others, so two of them cannot each remove "one of two" owners.
 */
async function lockMembership(tx: Transaction, id: string) {
  const membership = await lockRow(tx, memberships, id, "That membership no longer exists.");
  await lockRow(tx, organizations, membership.organizationId, "That organization no longer exists.", "no key update");
  return membership;
}

/** Refuses when `membership` is its organization's only owner and is about to stop being one. */
async function keepAnOwner(tx: Transaction, membership: { id: string; organizationId: string; role: MemberRole }, doing: string) {
  if (membership.role !== "owner") return;
  const otherOwners = await tx.$count(
    memberships,
    and(eq(memberships.organizationId, membership.organizationId), eq(memberships.role, "owner"), ne(memberships.id, membership.id)),
  );
  if (otherOwners === 0) throw new ActionError(`This is the organization's last owner: make someone else owner before you ${doing}.`);
}

export const addMember = defineAction({
  resource: "membership",
  action: "create",
  schema: addMemberSchema,
  constraints: memberConstraints,
  revalidate,
  async run(input, { tx, audit }) {
    const [created] = await tx.insert(memberships).values(input).returning();
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const changeMemberRole = defineAction({
  resource: "membership",
  action: "update",
  schema: changeMemberRoleSchema,
  constraints: memberConstraints,
  revalidate,
  async run({ id, role }, { tx, audit }) {
    const before = await lockMembership(tx, id);
    if (role !== "owner") await keepAnOwner(tx, before, "demote this one");
    const [after] = await tx.update(memberships).set({ role }).where(eq(memberships.id, id)).returning();
    audit({ resourceId: id, before, after });
    return { id };
  },
});

export const removeMember = defineAction({
  resource: "membership",
  action: "delete",
  schema: memberRefSchema,
  revalidate,
  async run({ id }, { tx, audit }) {
    const before = await lockMembership(tx, id);
    await keepAnOwner(tx, before, "remove this one");
    await tx.delete(memberships).where(eq(memberships.id, id));
    audit({ resourceId: id, before });
    return { id };
  },
});
