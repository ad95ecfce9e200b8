// Multi-tenant SaaS (names and constraints as the SaaS product has them; the Polar sync writes the same subscriptions table): organizations, memberships, plans, subscriptions, append-only credit usage.
import { relations, sql } from "drizzle-orm";
import { bigint, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { deliveryOutcomes, memberRoles, subscriptionStatuses, type DeliveryOutcome, type MemberRole, type SubscriptionStatus } from "./saas-values";

export { deliveryOutcomes, memberRoles, subscriptionStatuses, type DeliveryOutcome, type MemberRole, type SubscriptionStatus };

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("idx_org_slug").on(t.slug)],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role").$type<MemberRole>().notNull().default("member"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("memberships_org_user_unique").on(t.organizationId, t.userId),
    index("idx_membership_user").on(t.userId),
    check("memberships_role_check", sql`${t.role} in ('owner','admin','member')`),
  ],
);

export const plans = pgTable("plans", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  priceCents: integer("price_cents").notNull().default(0),
  monthlyCredits: bigint("monthly_credits", { mode: "number" }).notNull().default(0),
  polarProductId: text("polar_product_id").unique(),
});

/** One row per organization, mirroring the billing provider (Polar). */
export const subscriptions = pgTable(
  "subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id),
    status: text("status").$type<SubscriptionStatus>().notNull().default("trialing"),
    providerSubId: text("provider_sub_id"),
    currentPeriodEnd: timestamp("current_period_end", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Polar sync: the idempotency key and the staleness guard.
    polarSubscriptionId: text("polar_subscription_id").unique(),
    polarEventAt: timestamp("polar_event_at", { withTimezone: true }),
  },
  (t) => [
    unique("subscriptions_org_unique").on(t.organizationId),
    index("idx_sub_status").on(t.status),
    index("idx_sub_org").on(t.organizationId),
    check("subscriptions_status_check", sql`${t.status} in ('trialing','active','past_due','canceled')`),
  ],
);

/** Append-only credit meter. */
export const apiUsage = pgTable(
  "api_usage",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    apiKeyId: text("api_key_id"),
    creditsUsed: bigint("credits_used", { mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("idx_usage_org_time").on(t.organizationId, t.createdAt)],
);

/**
 * Console-owned rollups of api_usage, kept by one statement trigger on its inserts (see their
 * migration). Credits per UTC day per organization cascade with the organization like its usage
 * rows, so they always equal the raw rows (top organizations, a range of days).
 */
export const consoleApiUsageDays = pgTable(
  "console_api_usage_days",
  {
    day: date("day", { mode: "string" }).notNull(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    creditsUsed: bigint("credits_used", { mode: "number" }).notNull().default(0),
    calls: integer("calls").notNull().default(0),
  },
  // Its migration adds the charts' index-only range scan: (day) including organization and credits.
  (t) => [primaryKey({ columns: [t.organizationId, t.day] })],
);

/**
 * Credits per UTC day per plan, the plan being the organization's subscription's when the usage
 * was inserted (null: none): an organization that changes plan mid-period leaves its earlier days
 * with the old plan. No foreign keys: these credits were used, whatever is erased later.
 */
export const consoleApiUsagePlanDays = pgTable(
  "console_api_usage_plan_days",
  {
    day: date("day", { mode: "string" }).notNull(),
    planId: uuid("plan_id"),
    creditsUsed: bigint("credits_used", { mode: "number" }).notNull().default(0),
    calls: integer("calls").notNull().default(0),
  },
  (t) => [unique("console_api_usage_plan_days_day_plan").on(t.day, t.planId).nullsNotDistinct()],
);

/**
 * The console's own record of every Polar webhook delivery (not a product table): what came in and
 * what the sync did with it. `webhook_id` (Standard Webhooks' `webhook-id`) makes a redelivery one row.
 */
export const consoleWebhookDeliveries = pgTable(
  "console_webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    webhookId: text("webhook_id").notNull().unique(),
    type: text("type").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    /** How many times this webhook id arrived (Polar redelivers on timeouts and errors). */
    attempts: integer("attempts").notNull().default(1),
    outcome: text("outcome").$type<DeliveryOutcome>().notNull(),
    error: text("error"),
    /** The Polar subscription id the event was about, when it had one. */
    polarSubscriptionId: text("polar_subscription_id"),
    payload: jsonb("payload").notNull(),
  },
  (t) => [
    index("idx_console_delivery_time").on(t.receivedAt, t.id),
    index("idx_console_delivery_outcome_time").on(t.outcome, t.receivedAt),
    check(
      "console_webhook_deliveries_outcome_check",
      sql`${t.outcome} in ('applied','duplicate','stale','ignored','conflict','failed')`,
    ),
  ],
);

export const organizationsRelations = relations(organizations, ({ many }) => ({
  memberships: many(memberships),
  subscriptions: many(subscriptions),
  usage: many(apiUsage),
}));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  organization: one(organizations, { fields: [memberships.organizationId], references: [organizations.id] }),
  user: one(user, { fields: [memberships.userId], references: [user.id] }),
}));

export const subscriptionsRelations = relations(subscriptions, ({ one }) => ({
  organization: one(organizations, { fields: [subscriptions.organizationId], references: [organizations.id] }),
  plan: one(plans, { fields: [subscriptions.planId], references: [plans.id] }),
}));

export const apiUsageRelations = relations(apiUsage, ({ one }) => ({
  organization: one(organizations, { fields: [apiUsage.organizationId], references: [organizations.id] }),
}));
