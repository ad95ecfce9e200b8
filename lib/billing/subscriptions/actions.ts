"use server";

import { eq } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { lockRow } from "@/lib/actions/lock-row";
import type { Transaction } from "@/lib/db/client";
import { subscriptions } from "@/lib/db/schema";
import { createSubscriptionSchema, periodEndInstant, polarOwnedMessage, subscriptionRefSchema, updateSubscriptionSchema } from "./schemas";

const revalidate = "/billing";

const subscriptionConstraints = {
  subscriptions_org_unique: { field: "organizationId", message: "This organization already has a subscription: change that one." },
  subscriptions_organization_id_organizations_id_fk: { field: "organizationId", message: "That organization no longer exists." },
  subscriptions_plan_id_plans_id_fk: { field: "planId", message: "That plan no longer exists. Pick another plan." },
  subscriptions_status_check: { field: "status", message: "Pick one of the listed statuses." },
};

/** The manual subscription, locked; a Polar-synced one is refused. */
async function lockManualSubscription(tx: Transaction, id: string) {
  const subscription = await lockRow(tx, subscriptions, id, "That subscription no longer exists.");
  if (subscription.polarSubscriptionId) throw new ActionError(polarOwnedMessage);
  return subscription;
}

/** A manual subscription (an invoiced customer): no Polar id, so the webhook never touches it. */
export const createSubscription = defineAction({
  resource: "subscription",
  action: "create",
  schema: createSubscriptionSchema,
  constraints: subscriptionConstraints,
  revalidate,
  async run({ currentPeriodEnd, ...input }, { tx, audit }) {
    const [created] = await tx
      .insert(subscriptions)
      .values({ ...input, currentPeriodEnd: periodEndInstant(currentPeriodEnd) })
      .returning();
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const updateSubscription = defineAction({
  resource: "subscription",
  action: "update",
  schema: updateSubscriptionSchema,
  constraints: subscriptionConstraints,
  revalidate,
  async run({ id, currentPeriodEnd, ...changes }, { tx, audit }) {
    const before = await lockManualSubscription(tx, id);
    const [after] = await tx
      .update(subscriptions)
      .set({ ...changes, currentPeriodEnd: periodEndInstant(currentPeriodEnd) })
      .where(eq(subscriptions.id, id))
      .returning();
    audit({ resourceId: id, before, after });
    return { id };
  },
});

export const cancelSubscription = defineAction({
  resource: "subscription",
  action: "update",
  schema: subscriptionRefSchema,
  revalidate,
  async run({ id }, { tx, audit }) {
    const before = await lockManualSubscription(tx, id);
    if (before.status === "canceled") throw new ActionError("This subscription is canceled already.");
    const [after] = await tx.update(subscriptions).set({ status: "canceled" }).where(eq(subscriptions.id, id)).returning();
    audit({ action: "cancel", resourceId: id, before, after });
    return { id };
  },
});
