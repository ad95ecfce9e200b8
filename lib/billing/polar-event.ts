// What the console reads from a Polar webhook payload (the raw snake_case JSON validateEvent returns):
// parsed with zod before any of it reaches SQL.
import { z } from "zod";
import type { SubscriptionStatus } from "@/lib/db/schema/saas-values";

/** Polar's subscription statuses → ours (the SaaS document's map). Any other status is ignored. */
export const polarStatusMap: Record<string, SubscriptionStatus> = {
  trialing: "trialing",
  active: "active",
  past_due: "past_due",
  unpaid: "past_due",
  canceled: "canceled",
  revoked: "canceled",
};

const instant = z.iso.datetime({ offset: true });
const text = z.string().min(1).max(200);

const metadataValue = z.union([z.string(), z.number(), z.boolean()]).nullable();

export const polarSubscriptionEvent = z.object({
  type: z.string().startsWith("subscription."),
  timestamp: instant.optional(),
  data: z.looseObject({
    id: text,
    status: z.string().max(50),
    product_id: text.nullish(),
    current_period_end: instant.nullish(),
    created_at: instant.nullish(),
    modified_at: instant.nullish(),
    metadata: z.record(z.string(), metadataValue).nullish(),
  }),
});

export type PolarSubscriptionEvent = z.infer<typeof polarSubscriptionEvent>;

/**
 * The moment the event's state is from, for the staleness guard: the subscription's last
 * modification, else its creation (Polar leaves `modified_at` null until the first change), else
 * the envelope's timestamp. Kept as Polar's ISO text so PostgreSQL compares it at full precision.
 */
export function eventMoment(event: PolarSubscriptionEvent): string | null {
  return event.data.modified_at ?? event.data.created_at ?? event.timestamp ?? null;
}

/** A metadata string under either spelling (`organization_id` / `organizationId`). */
export function metadataText(event: PolarSubscriptionEvent, snake: string, camel: string): string | null {
  const value = event.data.metadata?.[snake] ?? event.data.metadata?.[camel];
  return typeof value === "string" && value.length > 0 && value.length <= 200 ? value : null;
}
