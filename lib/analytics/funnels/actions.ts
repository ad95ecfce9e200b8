"use server";

import { and, eq, inArray } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { lockRow } from "@/lib/actions/lock-row";
import type { Transaction } from "@/lib/db/client";
import { consoleEventDaily, funnels } from "@/lib/db/schema";
import { createFunnelSchema, funnelRefSchema, updateFunnelSchema, type FunnelStep } from "./schemas";

const revalidate = "/analytics";

const funnelConstraints = {
  funnels_app_id_tracked_apps_id_fk: { field: "appId", message: "That app no longer exists." },
};

/** Steps must name events the app has sent (the step builder offers only those). */
async function checkStepsExist(tx: Transaction, appId: string, steps: FunnelStep[]) {
  const names = [...new Set(steps.map((s) => s.event))];
  const known = await tx
    .selectDistinct({ name: consoleEventDaily.name })
    .from(consoleEventDaily)
    .where(and(eq(consoleEventDaily.appId, appId), inArray(consoleEventDaily.name, names)));
  const missing = names.filter((n) => !known.some((k) => k.name === n));
  if (missing.length) throw new ActionError(`This app has never sent ${missing.map((m) => `“${m}”`).join(", ")}. Pick steps from its events.`);
}

const lockFunnel = (tx: Transaction, id: string) => lockRow(tx, funnels, id, "That funnel no longer exists.");

export const createFunnel = defineAction({
  resource: "funnel",
  action: "create",
  schema: createFunnelSchema,
  constraints: funnelConstraints,
  revalidate,
  async run(input, { tx, audit }) {
    await checkStepsExist(tx, input.appId, input.steps);
    const [created] = await tx.insert(funnels).values(input).returning();
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const updateFunnel = defineAction({
  resource: "funnel",
  action: "update",
  schema: updateFunnelSchema,
  revalidate,
  async run({ id, ...changes }, { tx, audit }) {
    const before = await lockFunnel(tx, id);
    await checkStepsExist(tx, before.appId, changes.steps);
    const [after] = await tx.update(funnels).set(changes).where(eq(funnels.id, id)).returning();
    audit({ resourceId: id, before, after });
    return { id };
  },
});

export const deleteFunnel = defineAction({
  resource: "funnel",
  action: "delete",
  schema: funnelRefSchema,
  revalidate: false,
  async run({ id }, { tx, audit }) {
    const before = await lockFunnel(tx, id);
    await tx.delete(funnels).where(eq(funnels.id, id));
    audit({ resourceId: id, before });
    return { id, appId: before.appId };
  },
});
