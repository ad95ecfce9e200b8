import { z } from "zod";
import { subscriptionStatuses } from "@/lib/db/schema/saas-values";
import { organizationId } from "../organizations/schemas";
import { planId } from "../plans/schemas";

const subscriptionId = z.guid({ error: "That subscription does not exist." });

// A manual (invoiced) subscription: the admin sets what Polar would otherwise sync.
const subscriptionFields = z.object({
  planId: z.guid({ error: "Pick a plan." }).pipe(planId),
  status: z.enum(subscriptionStatuses, { error: "Pick a status." }),
  /** The day the current period ends (UTC), or none. */
  currentPeriodEnd: z.iso.date({ error: "Enter a date, or leave it empty." }).nullable(),
});

export const createSubscriptionSchema = subscriptionFields.extend({ organizationId: z.guid({ error: "Pick an organization." }).pipe(organizationId) });
export const updateSubscriptionSchema = subscriptionFields.extend({ id: subscriptionId });
export const subscriptionRefSchema = z.object({ id: subscriptionId });

/** A period-end day as the instant stored: that day's start in UTC. */
export function periodEndInstant(day: string | null): Date | null {
  return day ? new Date(`${day}T00:00:00Z`) : null;
}

/** Why a Polar-synced subscription has no edit controls, and the refusal when one is attempted. */
export const polarOwnedMessage =
  "This subscription is synced from Polar and is read-only here: change it in Polar (its next event would overwrite an edit made in the console).";
