"use server";

import { eq } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { lockRow } from "@/lib/actions/lock-row";
import type { Transaction } from "@/lib/db/client";
import { organizations } from "@/lib/db/schema";
import { organizationCounts } from "./queries";
import { createOrganizationSchema, organizationRefSchema, updateOrganizationSchema } from "./schemas";

const revalidate = "/billing";

const organizationConstraints = {
  organizations_slug_unique: { field: "slug", message: "Another organization already uses this slug." },
};

const lockOrganization = (tx: Transaction, id: string) => lockRow(tx, organizations, id, "That organization no longer exists.");

export const createOrganization = defineAction({
  resource: "organization",
  action: "create",
  schema: createOrganizationSchema,
  constraints: organizationConstraints,
  revalidate,
  async run(input, { tx, audit }) {
    const [created] = await tx.insert(organizations).values(input).returning();
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const updateOrganization = defineAction({
  resource: "organization",
  action: "update",
  schema: updateOrganizationSchema,
  constraints: organizationConstraints,
  revalidate,
  async run({ id, ...changes }, { tx, audit }) {
    const before = await lockOrganization(tx, id);
    const [after] = await tx.update(organizations).set(changes).where(eq(organizations.id, id)).returning();
    audit({ resourceId: id, before, after });
    return { id };
  },
});

/** Deletes the organization; its memberships, subscription and usage rows go with it (ON DELETE CASCADE). */
export const deleteOrganization = defineAction({
  resource: "organization",
  action: "delete",
  schema: organizationRefSchema,
  // The organization page that asked is leaving for the list; re-rendering it would flash a 404.
  revalidate: false,
  async run({ id }, { tx, audit }) {
    const organization = await lockOrganization(tx, id);
    const [{ counts }] = await tx.select({ counts: organizationCounts }).from(organizations).where(eq(organizations.id, id));
    await tx.delete(organizations).where(eq(organizations.id, id));
    audit({ resourceId: id, before: { ...organization, removed: counts } });
    return { id, removed: counts };
  },
});
