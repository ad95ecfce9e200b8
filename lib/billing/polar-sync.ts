import "server-only";
// The Polar subscription sync: idempotent, order-safe and concurrency-safe by PostgreSQL alone —
// a guarded UPDATE (only a strictly newer event matches), row locks on the organization's row and
// INSERT … ON CONFLICT DO NOTHING on the unique columns; no application-level locks.
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import { db, type Transaction } from "@/lib/db/client";
import { consoleWebhookDeliveries, organizations, plans, subscriptions } from "@/lib/db/schema";
import type { DeliveryOutcome } from "@/lib/db/schema/saas-values";
import { eventMoment, metadataText, polarStatusMap, polarSubscriptionEvent, type PolarSubscriptionEvent } from "./polar-event";

export type SyncResult = { outcome: DeliveryOutcome; error: string | null };

const uuid = z.guid();
const result = (outcome: DeliveryOutcome, error: string | null = null): SyncResult => ({ outcome, error });

/** The plan: by Polar product id, else the metadata's plan id or plan slug; null when none matches. */
async function resolvePlan(tx: Transaction, event: PolarSubscriptionEvent): Promise<string | null> {
  const productId = event.data.product_id;
  const planId = metadataText(event, "plan_id", "planId");
  const planSlug = metadataText(event, "plan", "planSlug");
  const match = or(
    productId ? eq(plans.polarProductId, productId) : undefined,
    planId && uuid.safeParse(planId).success ? eq(plans.id, planId) : undefined,
    planSlug ? eq(plans.slug, planSlug) : undefined,
  );
  if (!match) return null;
  // The product id outranks the metadata when both match different plans.
  const rows = await tx
    .select({ id: plans.id })
    .from(plans)
    .where(match)
    .orderBy(sql`(${plans.polarProductId} is not distinct from ${productId ?? null}) desc`)
    .limit(1);
  return rows[0]?.id ?? null;
}

/** Applies a Polar subscription event to `subscriptions` inside `tx`. */
export async function applyPolarEvent(tx: Transaction, payload: unknown): Promise<SyncResult> {
  const type = (payload as { type?: unknown } | null)?.type;
  if (typeof type !== "string" || !type.startsWith("subscription.")) {
    return result("ignored", `Not a subscription event (${typeof type === "string" ? type : "no type"}).`);
  }
  const parsed = polarSubscriptionEvent.safeParse(payload);
  if (!parsed.success) return result("failed", `The payload is not a subscription we can read: ${z.prettifyError(parsed.error)}`);
  const event = parsed.data;
  const status = polarStatusMap[event.data.status];
  if (!status) return result("ignored", `Polar status "${event.data.status}" has no console equivalent.`);
  const moment = eventMoment(event);
  if (!moment) return result("failed", "The event carries no timestamp to order it by.");

  const polarId = event.data.id;
  const at = sql`${moment}::timestamptz`;
  const change = {
    status,
    currentPeriodEnd: event.data.current_period_end ? new Date(event.data.current_period_end) : null,
    polarEventAt: at,
  };
  const planId = await resolvePlan(tx, event);

  // A round that loses an insert or takeover race finds the winner's row on the next one.
  for (let round = 0; round < 3; round++) {
    // The staleness guard sits in the WHERE: under the row lock only a strictly newer event matches.
    const advanced = await tx
      .update(subscriptions)
      .set({ ...change, ...(planId ? { planId } : {}) })
      .where(and(eq(subscriptions.polarSubscriptionId, polarId), or(isNull(subscriptions.polarEventAt), lt(subscriptions.polarEventAt, at))))
      .returning({ id: subscriptions.id });
    if (advanced.length > 0) return result("applied");

    const [known] = await tx
      .select({ same: sql<boolean>`${subscriptions.polarEventAt} = ${at}` })
      .from(subscriptions)
      .where(eq(subscriptions.polarSubscriptionId, polarId));
    if (known) return known.same ? result("duplicate") : result("stale", "A newer event for this subscription was applied already.");

    // A subscription the console has not seen: it needs its organization and a plan.
    const organizationId = metadataText(event, "organization_id", "organizationId");
    if (!organizationId || !uuid.safeParse(organizationId).success) {
      return result("failed", "The subscription's metadata names no organization (organization_id).");
    }
    if (!planId) {
      const product = event.data.product_id ? `No plan has Polar product id "${event.data.product_id}"` : "The event names no Polar product";
      return result("failed", `${product}, and the metadata names no plan.`);
    }
    const [organization] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).for("key share");
    if (!organization) return result("failed", `Organization ${organizationId} does not exist.`);

    const [current] = await tx
      .select({ id: subscriptions.id, status: subscriptions.status, polarSubscriptionId: subscriptions.polarSubscriptionId })
      .from(subscriptions)
      .where(eq(subscriptions.organizationId, organizationId))
      .for("update");
    if (current) {
      // A concurrent delivery of this subscription took the row over while we waited for its lock.
      if (current.polarSubscriptionId === polarId) continue;
      if (current.status !== "canceled") {
        const holder = current.polarSubscriptionId ? `Polar subscription ${current.polarSubscriptionId}` : "a manual subscription";
        return result("conflict", `The organization already has a live subscription (${holder}, ${current.status}); not applied.`);
      }
      // One row per organization: the new subscription takes over the canceled one.
      await tx
        .update(subscriptions)
        .set({ ...change, planId, polarSubscriptionId: polarId })
        .where(eq(subscriptions.id, current.id));
      return result("applied");
    }

    const inserted = await tx
      .insert(subscriptions)
      .values({ ...change, organizationId, planId, polarSubscriptionId: polarId })
      .onConflictDoNothing()
      .returning({ id: subscriptions.id });
    if (inserted.length > 0) return result("applied");
  }
  throw new Error(`Polar subscription ${polarId}: the row kept changing under three attempts.`);
}

const deliveries = consoleWebhookDeliveries;

function subscriptionIdOf(payload: unknown): string | null {
  const id = (payload as { data?: { id?: unknown } } | null)?.data?.id;
  return typeof id === "string" && id.length <= 200 ? id : null;
}

export type Received = SyncResult & { redelivery: boolean };

/**
 * Records one verified delivery and applies it, in one transaction. A redelivery of a webhook id
 * (Polar retries) only counts an attempt — unless the first attempt failed, then it is applied anew.
 * Concurrent deliveries of one webhook id wait on its unique index entry and become redeliveries.
 */
export async function receivePolarDelivery(webhookId: string, payload: unknown): Promise<Received> {
  const type = String((payload as { type?: unknown } | null)?.type ?? "unknown").slice(0, 100);
  const row = { webhookId, type, payload, polarSubscriptionId: subscriptionIdOf(payload) };
  try {
    return await db.transaction(async (tx) => {
      const [claim] = await tx
        .insert(deliveries)
        .values({ ...row, outcome: "failed" })
        .onConflictDoUpdate({ target: deliveries.webhookId, set: { attempts: sql`${deliveries.attempts} + 1` } })
        .returning({ id: deliveries.id, outcome: deliveries.outcome, attempts: deliveries.attempts });
      const first = claim.attempts === 1;
      if (!first && claim.outcome !== "failed") return { outcome: claim.outcome, error: null, redelivery: true };
      const synced = await applyPolarEvent(tx, payload);
      await tx.update(deliveries).set(synced).where(eq(deliveries.id, claim.id));
      return { ...synced, redelivery: !first };
    });
  } catch (error) {
    // The transaction rolled back: keep the delivery as failed (outside it), unless another attempt succeeded.
    const message = error instanceof Error ? error.message.slice(0, 1000) : String(error);
    await db
      .insert(deliveries)
      .values({ ...row, outcome: "failed", error: message })
      .onConflictDoUpdate({
        target: deliveries.webhookId,
        set: { error: message, attempts: sql`${deliveries.attempts} + 1` },
        setWhere: eq(deliveries.outcome, "failed"),
      });
    throw error;
  }
}
