import "server-only";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { consoleWebhookDeliveries as deliveries, type DeliveryOutcome } from "@/lib/db/schema";
import { deliveriesGrid } from "./grid";

export const deliveriesBinding = bindGrid(deliveriesGrid, {
  from: deliveries,
  rowId: deliveries.id,
  columns: {
    received: deliveries.receivedAt,
    type: deliveries.type,
    outcome: deliveries.outcome,
    error: deliveries.error,
    attempts: deliveries.attempts,
    subscription: deliveries.polarSubscriptionId,
    webhookId: deliveries.webhookId,
  },
  search: [deliveries.webhookId, deliveries.polarSubscriptionId],
});

export type DeliveryRow = {
  id: string;
  receivedAt: Date;
  type: string;
  outcome: DeliveryOutcome;
  error: string | null;
  attempts: number;
  polarSubscriptionId: string | null;
  webhookId: string;
};

export const deliveryFields = {
  id: deliveries.id,
  receivedAt: deliveries.receivedAt,
  type: deliveries.type,
  outcome: deliveries.outcome,
  error: deliveries.error,
  attempts: deliveries.attempts,
  polarSubscriptionId: deliveries.polarSubscriptionId,
  webhookId: deliveries.webhookId,
};

/** Newest first; every page is one range scan of idx_console_delivery_time. */
export function listDeliveries(state: GridState) {
  return keysetPage(deliveriesBinding, state, ({ where, orderBy, limit, cursorFields }) =>
    db.select({ ...deliveryFields, ...cursorFields }).from(deliveries).where(where).orderBy(...orderBy).limit(limit),
  );
}
