import "server-only";
import { asc, eq } from "drizzle-orm";
import { versionOf } from "@/lib/actions/lock-row";
import { offsetPage } from "@/lib/data-table/offset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, scopeGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { memberships, organizations, plans, subscriptions, user, type MemberRole, type SubscriptionStatus } from "@/lib/db/schema";
import { creditPeriod, creditsUsedIn } from "../usage/period";
import { organizationMembersGrid } from "./grid";

const userJoin = { table: user, on: eq(user.id, memberships.userId) };

const membersBinding = bindGrid(organizationMembersGrid, {
  from: memberships,
  joins: [userJoin],
  rowId: memberships.id,
  columns: { member: user.name, role: memberships.role, joined: memberships.createdAt },
  search: [user.name, user.email],
});

/** `version`: the membership's row version, which the role select carries (edit conflicts). */
export type MemberRow = { id: string; version: string; userId: string; name: string; email: string; role: MemberRole; createdAt: Date };

/** One page of an organization's members (memberships_org_user_unique serves the scope). */
export function listOrganizationMembers(organizationId: string, state: GridState) {
  return offsetPage<MemberRow>(scopeGrid(membersBinding, eq(memberships.organizationId, organizationId)), state, ({ where, orderBy, limit, offset }) =>
    db
      .select({ id: memberships.id, version: versionOf(memberships), userId: user.id, name: user.name, email: user.email, role: memberships.role, createdAt: memberships.createdAt })
      .from(memberships)
      .innerJoin(user, userJoin.on)
      .where(where)
      .orderBy(...orderBy)
      .limit(limit)
      .offset(offset),
  );
}

export type UserOrganizationRow = {
  organizationId: string;
  name: string;
  slug: string;
  role: MemberRole;
  planName: string | null;
  status: SubscriptionStatus | null;
  creditsUsed: number;
  monthlyCredits: number | null;
};

/** The organizations a person belongs to, with their role, plan, subscription and credits used this period. */
export function organizationsOfUser(userId: string, limit = 20): Promise<UserOrganizationRow[]> {
  return db
    .select({
      organizationId: organizations.id,
      name: organizations.name,
      slug: organizations.slug,
      role: memberships.role,
      planName: plans.name,
      status: subscriptions.status,
      creditsUsed: creditsUsedIn(organizations.id, creditPeriod()),
      monthlyCredits: plans.monthlyCredits,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(subscriptions, eq(subscriptions.organizationId, organizations.id))
    .leftJoin(plans, eq(plans.id, subscriptions.planId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(limit);
}
