"use server";

import { eq } from "drizzle-orm";
import { defineAction, type ActionContext } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { lockRow } from "@/lib/actions/lock-row";
import { can } from "@/lib/auth/permissions";
import { consoleSavedViews } from "@/lib/db/schema";
import { createSavedViewSchema, savedViewRefSchema, updateSavedViewSchema } from "./schemas";

const duplicateName = { console_saved_views_owner_grid_name: { field: "name", message: "You already have a view with this name on this grid." } };
const auditedFields = (row: typeof consoleSavedViews.$inferSelect) => ({ grid: row.grid, name: row.name, query: row.query, shared: row.shared, ownerId: row.ownerId });

/** The view, locked; refused unless it is the caller's own or the caller may manage anyone's. */
async function lockOwnView({ tx, staff }: ActionContext, id: string) {
  const view = await lockRow(tx, consoleSavedViews, id, "That view no longer exists.");
  if (view.ownerId !== staff.id && !can(staff.role, "savedView", "manage-any")) {
    throw new ActionError("You may change only your own views.");
  }
  return view;
}

export const createSavedView = defineAction({
  resource: "savedView",
  action: "create",
  schema: createSavedViewSchema,
  constraints: duplicateName,
  revalidate: false,
  async run(input, { tx, staff, audit }) {
    const [view] = await tx.insert(consoleSavedViews).values({ ...input, ownerId: staff.id }).returning();
    audit({ resourceId: view.id, after: auditedFields(view) });
    return { id: view.id };
  },
});

export const updateSavedView = defineAction({
  resource: "savedView",
  action: "update",
  schema: updateSavedViewSchema,
  constraints: duplicateName,
  revalidate: false,
  async run({ id, name, shared }, context) {
    const before = await lockOwnView(context, id);
    const [after] = await context.tx.update(consoleSavedViews).set({ name, shared, updatedAt: new Date() }).where(eq(consoleSavedViews.id, id)).returning();
    context.audit({ resourceId: id, before: auditedFields(before), after: auditedFields(after) });
    return { id };
  },
});

export const deleteSavedView = defineAction({
  resource: "savedView",
  action: "delete",
  schema: savedViewRefSchema,
  revalidate: false,
  async run({ id }, context) {
    const before = await lockOwnView(context, id);
    await context.tx.delete(consoleSavedViews).where(eq(consoleSavedViews.id, id));
    context.audit({ resourceId: id, before: auditedFields(before) });
    return { id };
  },
});
