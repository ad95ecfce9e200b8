import "server-only";
import { eq, isNotNull, isNull, sql } from "drizzle-orm";
import { offsetPage } from "@/lib/data-table/offset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { organizations, plans, subscriptions, type SubscriptionStatus } from "@/lib/db/schema";
import { subscriptionsGrid } from "./grid";

// Left on NOT NULL keys, so counts and facets skip them (GridJoin).
const organizationJoin = { table: organizations, on: eq(organizations.id, subscriptions.organizationId), kind: "left" as const };
const planJoin = { table: plans, on: eq(plans.id, subscriptions.planId), kind: "left" as const };

export const subscriptionsBinding = bindGrid(subscriptionsGrid, {
  from: subscriptions,
  joins: [organizationJoin, planJoin],
  rowId: subscriptions.id,
  columns: {
    organization: organizations.name,
    plan: plans.name,
    status: subscriptions.status,
    source: sql`case when ${subscriptions.polarSubscriptionId} is null then 'manual' else 'polar' end`,
    price: plans.priceCents,
    periodEnd: subscriptions.currentPeriodEnd,
    polarEvent: subscriptions.polarEventAt,
    created: subscriptions.createdAt,
  },
  filterOn: { plan: [plans.name, plans.slug] },
  // The source as plain tests on the column, so an index on polar_subscription_id could serve them.
  filterWhere: {
    source: (value) => {
      const picked = value as string[];
      if (picked.length !== 1) return undefined;
      return picked[0] === "polar" ? isNotNull(subscriptions.polarSubscriptionId) : isNull(subscriptions.polarSubscriptionId);
    },
  },
  search: [organizations.name, subscriptions.polarSubscriptionId],
});

export type SubscriptionRow = {
  id: string;
  organizationId: string;
  organizationName: string;
  planId: string;
  planName: string;
  priceCents: number;
  status: SubscriptionStatus;
  currentPeriodEnd: Date | null;
  polarSubscriptionId: string | null;
  polarEventAt: Date | null;
  createdAt: Date;
};

export const subscriptionFields = {
  id: subscriptions.id,
  organizationId: subscriptions.organizationId,
  organizationName: organizations.name,
  planId: subscriptions.planId,
  planName: plans.name,
  priceCents: plans.priceCents,
  status: subscriptions.status,
  currentPeriodEnd: subscriptions.currentPeriodEnd,
  polarSubscriptionId: subscriptions.polarSubscriptionId,
  polarEventAt: subscriptions.polarEventAt,
  createdAt: subscriptions.createdAt,
};

/** Whether the search, the filters or the sort read the organization or the plan. */
function readsJoins(state: GridState): boolean {
  return state.q !== "" || state.filters.plan !== undefined || ["organization", "plan", "price"].includes(state.sort.id);
}

/**
 * The page's ids first, then their rows. Without the joins, a deep page of the default sort is an
 * index-only walk of idx_sub_period_end: a join's key column is not in that index, so the planner
 * would read and sort every row even when the join itself is removed.
 */
export function listSubscriptions(state: GridState) {
  return offsetPage<SubscriptionRow>(subscriptionsBinding, state, ({ where, orderBy, limit, offset }) => {
    const ids = db.select({ id: subscriptions.id }).from(subscriptions).$dynamic();
    // Inner (both keys are NOT NULL): a sort on the organization's name can then walk idx_org_name.
    if (readsJoins(state)) ids.innerJoin(organizations, organizationJoin.on).innerJoin(plans, planJoin.on);
    const page = ids.where(where).orderBy(...orderBy).limit(limit).offset(offset).as("page");
    return db
      .select(subscriptionFields)
      .from(subscriptions)
      .innerJoin(page, eq(page.id, subscriptions.id))
      .innerJoin(organizations, organizationJoin.on)
      .innerJoin(plans, planJoin.on)
      .orderBy(...orderBy);
  });
}
