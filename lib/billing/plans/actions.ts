"use server";

import { eq } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { lockRow } from "@/lib/actions/lock-row";
import type { Transaction } from "@/lib/db/client";
import { plans, subscriptions } from "@/lib/db/schema";
import { createPlanSchema, planRefSchema, updatePlanSchema } from "./schemas";

const revalidate = "/billing";

const planConstraints = {
  plans_slug_unique: { field: "slug", message: "Another plan already uses this slug." },
  plans_polar_product_id_unique: { field: "polarProductId", message: "Another plan already has this Polar product id." },
  // A subscription added between our check and the delete.
  subscriptions_plan_id_plans_id_fk: { message: "Subscriptions use this plan: move them to another plan before deleting it." },
};

const lockPlan = (tx: Transaction, id: string) => lockRow(tx, plans, id, "That plan no longer exists.");

export const createPlan = defineAction({
  resource: "plan",
  action: "create",
  schema: createPlanSchema,
  constraints: planConstraints,
  revalidate,
  async run(input, { tx, audit }) {
    const [created] = await tx.insert(plans).values(input).returning();
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const updatePlan = defineAction({
  resource: "plan",
  action: "update",
  schema: updatePlanSchema,
  constraints: planConstraints,
  revalidate,
  async run({ id, ...changes }, { tx, audit }) {
    const before = await lockPlan(tx, id);
    const [after] = await tx.update(plans).set(changes).where(eq(plans.id, id)).returning();
    audit({ resourceId: id, before, after });
    return { id };
  },
});

/** Refused while any subscription (live or canceled) points at the plan: they would lose their plan. */
export const deletePlan = defineAction({
  resource: "plan",
  action: "delete",
  schema: planRefSchema,
  constraints: planConstraints,
  revalidate,
  async run({ id }, { tx, audit }) {
    const plan = await lockPlan(tx, id);
    const using = await tx.$count(subscriptions, eq(subscriptions.planId, id));
    if (using > 0) {
      throw new ActionError(`${using} ${using === 1 ? "subscription uses" : "subscriptions use"} the ${plan.name} plan: move ${using === 1 ? "it" : "them"} to another plan before deleting it.`);
    }
    await tx.delete(plans).where(eq(plans.id, id));
    audit({ resourceId: id, before: plan });
    return { id };
  },
});
