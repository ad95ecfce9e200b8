"use server";

import { eq } from "drizzle-orm";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { lockRow } from "@/lib/actions/lock-row";
import { consoleWebhookDeliveries } from "@/lib/db/schema";
import { deliveryOutcomeLabels } from "@/lib/db/schema/saas-values";
import { applyPolarEvent } from "../polar-sync";

/**
 * Runs a failed delivery's stored payload through the sync again (an admin, after fixing its cause,
 * e.g. a plan's Polar product id). As idempotent as a delivery: only a failed one is re-applied,
 * and the sync's own guards decide what changes.
 */
export const reapplyDelivery = defineAction({
  resource: "webhookDelivery",
  action: "reapply",
  schema: z.object({ id: z.guid({ error: "That delivery does not exist." }) }),
  revalidate: "/billing",
  async run({ id }, { tx, audit }) {
    const delivery = await lockRow(tx, consoleWebhookDeliveries, id, "That delivery no longer exists.");
    if (delivery.outcome !== "failed") {
      throw new ActionError(`This delivery is ${deliveryOutcomeLabels[delivery.outcome].toLowerCase()}, not failed: there is nothing to re-apply.`);
    }
    const synced = await applyPolarEvent(tx, delivery.payload);
    await tx.update(consoleWebhookDeliveries).set(synced).where(eq(consoleWebhookDeliveries.id, id));
    audit({ resourceId: id, before: { outcome: delivery.outcome, error: delivery.error }, after: synced });
    return synced;
  },
});
