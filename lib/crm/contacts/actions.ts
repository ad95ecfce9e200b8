"use server";

import { eq } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { lockRow } from "@/lib/actions/lock-row";
import { contacts, deals } from "@/lib/db/schema";
import { contactDependents } from "./queries";
import { contactRefSchema, createContactSchema, updateContactSchema } from "../schemas";

const revalidate = "/sales";

const contactConstraints = {
  contacts_company_id_companies_id_fk: { field: "companyId", message: "That company no longer exists. Pick another or none." },
  contacts_owner_id_user_id_fk: { field: "ownerId", message: "That user no longer exists. Pick another owner." },
};

export const createContact = defineAction({
  resource: "contact",
  action: "create",
  schema: createContactSchema,
  constraints: contactConstraints,
  revalidate,
  async run(input, { tx, audit }) {
    const [created] = await tx.insert(contacts).values(input).returning();
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const updateContact = defineAction({
  resource: "contact",
  action: "update",
  schema: updateContactSchema,
  constraints: contactConstraints,
  revalidate,
  async run({ id, ...changes }, { tx, audit }) {
    const before = await lockRow(tx, contacts, id, "That contact no longer exists.");
    const [after] = await tx.update(contacts).set(changes).where(eq(contacts.id, id)).returning();
    audit({ resourceId: id, before, after });
    return { id };
  },
});

/**
 * Deletes the contact and its deals (ON DELETE CASCADE). Activities are append-only and never go
 * with their deal, so a contact whose deals have any is refused, like such a deal is.
 */
export const deleteContact = defineAction({
  resource: "contact",
  action: "delete",
  schema: contactRefSchema,
  revalidate,
  async run({ id }, { tx, audit }) {
    const contact = await lockRow(tx, contacts, id, "That contact no longer exists.");
    // Its deals locked too: an activity logged on one of them meanwhile waits, then finds it gone.
    await tx.select({ id: deals.id }).from(deals).where(eq(deals.contactId, id)).for("update");
    const removed = await contactDependents(tx, id);
    if (removed.activities > 0) {
      throw new ActionError(
        `This contact's deals have ${removed.activities} logged ${removed.activities === 1 ? "activity" : "activities"}, which are never deleted. Mark the deals lost instead.`,
      );
    }
    await tx.delete(contacts).where(eq(contacts.id, id));
    audit({ resourceId: id, before: { ...contact, removed } });
    return { id, removed };
  },
});
