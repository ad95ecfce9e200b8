import "server-only";
import { eq } from "drizzle-orm";
import { offsetPage } from "@/lib/data-table/offset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, scopeGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { memberships, user, type MemberRole } from "@/lib/db/schema";
import { organizationMembersGrid } from "./grid";

const userJoin = { table: user, on: eq(user.id, memberships.userId) };

const membersBinding = bindGrid(organizationMembersGrid, {
  from: memberships,
  joins: [userJoin],
  rowId: memberships.id,
  columns: { member: user.name, role: memberships.role, joined: memberships.createdAt },
  search: [user.name, user.email],
});

export type MemberRow = { id: string; userId: string; name: string; email: string; role: MemberRole; createdAt: Date };

/** One page of an organization's members (memberships_org_user_unique serves the scope). */
export function listOrganizationMembers(organizationId: string, state: GridState) {
  return offsetPage<MemberRow>(scopeGrid(membersBinding, eq(memberships.organizationId, organizationId)), state, ({ where, orderBy, limit, offset }) =>
    db
      .select({ id: memberships.id, userId: user.id, name: user.name, email: user.email, role: memberships.role, createdAt: memberships.createdAt })
      .from(memberships)
      .innerJoin(user, userJoin.on)
      .where(where)
      .orderBy(...orderBy)
      .limit(limit)
      .offset(offset),
  );
}
