// Test data for the billing area's integration tests: fresh organizations, plans and subscriptions
// (unique keys per call, so tests never collide), and signed Polar webhook requests.
import { randomUUID } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { db } from "@/lib/db/client";
import { organizations, plans, subscriptions, type SubscriptionStatus } from "@/lib/db/schema";

const key = () => randomUUID().slice(0, 8);

export async function insertOrganization(name = `Org ${key()}`) {
  const [row] = await db.insert(organizations).values({ name, slug: `org-${key()}` }).returning();
  return row;
}

export async function insertPlan(values: Partial<typeof plans.$inferInsert> = {}) {
  const k = key();
  const [row] = await db
    .insert(plans)
    .values({ slug: `plan-${k}`, name: `Plan ${k}`, priceCents: 2_900, monthlyCredits: 10_000, polarProductId: `prod_${k}`, ...values })
    .returning();
  return row;
}

export async function insertSubscription(values: { organizationId: string; planId: string } & Partial<typeof subscriptions.$inferInsert>) {
  const [row] = await db.insert(subscriptions).values({ status: "active" as SubscriptionStatus, ...values }).returning();
  return row;
}

export const testWebhookSecret = "polar_whs_test_0123456789abcdefghijklmnop";

/**
 * A request as Polar sends it: Standard Webhooks headers over the exact body. The SDK verifies
 * with the secret's UTF-8 bytes as the HMAC key, so the signer gets those same bytes ("raw").
 */
export function signedPolarRequest(payload: unknown, opts: { webhookId?: string; secret?: string; signedAt?: Date } = {}) {
  const body = JSON.stringify(payload);
  const webhookId = opts.webhookId ?? `msg_${randomUUID()}`;
  const signedAt = opts.signedAt ?? new Date();
  const signer = new Webhook(new TextEncoder().encode(opts.secret ?? testWebhookSecret), { format: "raw" });
  return new Request("http://localhost/api/webhooks/polar", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "webhook-id": webhookId,
      "webhook-timestamp": String(Math.floor(signedAt.getTime() / 1000)),
      "webhook-signature": signer.sign(webhookId, signedAt, body),
    },
    body,
  });
}

type SubscriptionEventOptions = {
  type?: string;
  polarId?: string;
  status?: string;
  productId?: string | null;
  organizationId?: string;
  modifiedAt?: string | null;
  createdAt?: string;
  currentPeriodEnd?: string;
  metadata?: Record<string, string>;
};

/** A `subscription.*` payload in Polar's snake_case shape (the fields the sync reads, plus a few it ignores). */
export function subscriptionEvent(o: SubscriptionEventOptions = {}) {
  return {
    type: o.type ?? "subscription.updated",
    timestamp: new Date().toISOString(),
    data: {
      id: o.polarId ?? `sub_${randomUUID()}`,
      status: o.status ?? "active",
      product_id: o.productId ?? null,
      current_period_end: o.currentPeriodEnd ?? "2027-01-01T00:00:00Z",
      created_at: o.createdAt ?? "2026-11-01T00:00:00Z",
      modified_at: o.modifiedAt === undefined ? "2026-11-02T00:00:00Z" : o.modifiedAt,
      amount: 2900,
      currency: "usd",
      cancel_at_period_end: false,
      metadata: { ...(o.organizationId ? { organization_id: o.organizationId } : {}), ...o.metadata },
    },
  };
}
