// The SaaS tables' fixed value lists (CHECK constraints in saas.ts) with their labels and badge
// variants, as plain data: grids and forms in the browser import them from here, never the tables.
export const memberRoles = ["owner", "admin", "member"] as const;
export const subscriptionStatuses = ["trialing", "active", "past_due", "canceled"] as const;
/** What the console did with one Polar webhook delivery. */
export const deliveryOutcomes = ["applied", "duplicate", "stale", "ignored", "conflict", "failed"] as const;

export type MemberRole = (typeof memberRoles)[number];
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];
export type DeliveryOutcome = (typeof deliveryOutcomes)[number];

type BadgeVariant = "default" | "secondary" | "destructive" | "outline" | "success" | "warning";

export const memberRoleLabels: Record<MemberRole, string> = { owner: "Owner", admin: "Admin", member: "Member" };

export const subscriptionStatusLabels: Record<SubscriptionStatus, string> = {
  trialing: "Trialing",
  active: "Active",
  past_due: "Past due",
  canceled: "Canceled",
};

export const subscriptionStatusBadges: Record<SubscriptionStatus, BadgeVariant> = {
  trialing: "secondary",
  active: "success",
  past_due: "warning",
  canceled: "outline",
};

export const deliveryOutcomeLabels: Record<DeliveryOutcome, string> = {
  applied: "Applied",
  duplicate: "Duplicate",
  stale: "Stale",
  ignored: "Ignored",
  conflict: "Conflict",
  failed: "Failed",
};

export const deliveryOutcomeBadges: Record<DeliveryOutcome, BadgeVariant> = {
  applied: "success",
  duplicate: "secondary",
  stale: "secondary",
  ignored: "outline",
  conflict: "warning",
  failed: "destructive",
};

/** A live subscription blocks a new Polar subscription for its organization; a canceled one is taken over. */
export const liveSubscriptionStatuses: readonly SubscriptionStatus[] = ["trialing", "active", "past_due"];
