import "server-only";
import { eq, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { offsetPage } from "@/lib/data-table/offset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { apiUsage, memberships, organizations, plans, subscriptions, type SubscriptionStatus } from "@/lib/db/schema";
import { asDate, creditPeriod, creditsUsedIn } from "../usage/period";
import { organizationsGrid } from "./grid";
import { organizationId } from "./schemas";

// Correlated subqueries in a nested sql`` (drizzle drops table names from a single-table select's
// top-level columns). Each is one index lookup per organization row.
const equals = (column: AnyPgColumn, outer: AnyPgColumn) => sql`${column} = ${outer}`;
const memberCount = sql<number>`(select count(*)::int from ${memberships} where ${equals(memberships.organizationId, organizations.id)})`;

/** Select fields (on a query from `organizations`) counting what deleting it takes along. */
export const organizationCounts = {
  memberships: memberCount,
  subscriptions: sql<number>`(select count(*)::int from ${subscriptions} where ${equals(subscriptions.organizationId, organizations.id)})`,
  usageRows: sql<number>`(select count(*)::int from ${apiUsage} where ${equals(apiUsage.organizationId, organizations.id)})`,
};

const subscriptionJoin = { table: subscriptions, on: eq(subscriptions.organizationId, organizations.id), kind: "left" } as const;
const planJoin = { table: plans, on: eq(plans.id, subscriptions.planId), kind: "left" } as const;

export const organizationsBinding = bindGrid(organizationsGrid, {
  from: organizations,
  joins: [subscriptionJoin, planJoin],
  rowId: organizations.id,
  columns: {
    name: organizations.name,
    slug: organizations.slug,
    members: memberCount,
    plan: plans.name,
    status: subscriptions.status,
    // Shown, never sorted or filtered: computed per page row in organizationFields.
    credits: sql`0`,
    created: organizations.createdAt,
  },
  filterOn: { plan: [plans.name, plans.slug] },
  search: [organizations.name, organizations.slug],
});

export type OrganizationRow = {
  id: string;
  name: string;
  slug: string;
  memberCount: number;
  planName: string | null;
  status: SubscriptionStatus | null;
  creditsUsed: number;
  monthlyCredits: number | null;
  createdAt: Date;
};

export const organizationFields = {
  id: organizations.id,
  name: organizations.name,
  slug: organizations.slug,
  memberCount,
  planName: plans.name,
  status: subscriptions.status,
  creditsUsed: creditsUsedIn(organizations.id, creditPeriod()),
  monthlyCredits: plans.monthlyCredits,
  createdAt: organizations.createdAt,
};

/** One page of organizations; members and this period's credits are computed for the page's rows only. */
export function listOrganizations(state: GridState) {
  return offsetPage<OrganizationRow>(organizationsBinding, state, ({ where, orderBy, limit, offset }) => {
    const page = db
      .select({ id: organizations.id })
      .from(organizations)
      .leftJoin(subscriptions, subscriptionJoin.on)
      .leftJoin(plans, planJoin.on)
      .where(where)
      .orderBy(...orderBy)
      .limit(limit)
      .offset(offset)
      .as("page");
    return db
      .select(organizationFields)
      .from(organizations)
      .innerJoin(page, eq(page.id, organizations.id))
      .leftJoin(subscriptions, subscriptionJoin.on)
      .leftJoin(plans, planJoin.on)
      .orderBy(...orderBy);
  });
}

/** One organization with its subscription and plan; null for an unknown id. */
export async function getOrganization(id: string) {
  if (!organizationId.safeParse(id).success) return null;
  const period = creditPeriod();
  const [row] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      slug: organizations.slug,
      createdAt: organizations.createdAt,
      counts: organizationCounts,
      subscription: {
        id: subscriptions.id,
        status: subscriptions.status,
        currentPeriodEnd: subscriptions.currentPeriodEnd,
        polarSubscriptionId: subscriptions.polarSubscriptionId,
        polarEventAt: subscriptions.polarEventAt,
        providerSubId: subscriptions.providerSubId,
        createdAt: subscriptions.createdAt,
        planId: subscriptions.planId,
      },
      plan: { id: plans.id, name: plans.name, priceCents: plans.priceCents, monthlyCredits: plans.monthlyCredits, polarProductId: plans.polarProductId },
      period: { start: asDate(period.start), end: asDate(period.end) },
    })
    .from(organizations)
    .leftJoin(subscriptions, subscriptionJoin.on)
    .leftJoin(plans, planJoin.on)
    .where(eq(organizations.id, id))
    .limit(1);
  return row ?? null;
}

export type OrganizationDetail = NonNullable<Awaited<ReturnType<typeof getOrganization>>>;
