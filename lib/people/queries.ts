import "server-only";
import { eq, getTableColumns, gt, inArray, sql } from "drizzle-orm";
import { versionOf } from "@/lib/actions/lock-row";
import { db } from "@/lib/db/client";
import { account, session, user } from "@/lib/db/schema";
import { offsetPage } from "@/lib/data-table/offset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, scopeGrid } from "@/lib/data-table/sql";
import { userSessionsGrid, usersGrid } from "./grid";

export const usersBinding = bindGrid(usersGrid, {
  from: user,
  rowId: user.id,
  columns: {
    name: user.name,
    email: user.email,
    // Better Auth leaves role null until one is set: that is the default role, "user".
    role: sql`coalesce(${user.role}, 'user')`,
    banned: sql`case when ${user.banned} then 'yes' else 'no' end`,
    created: user.createdAt,
  },
  search: [user.name, user.email],
  // As plain boolean tests, so the partial index idx_user_banned_created serves "Banned".
  filterWhere: {
    banned: (value) => {
      const values = value as string[];
      if (values.includes("yes") && values.includes("no")) return undefined;
      return values.includes("yes") ? sql`${user.banned}` : sql`${user.banned} is not true`;
    },
  },
});

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: string;
  banned: boolean;
  createdAt: Date;
};

/** What one Users row shows (the grid and the CSV export select the same fields). */
export const userFields = {
  id: user.id,
  name: user.name,
  email: user.email,
  role: sql<string>`coalesce(${user.role}, 'user')`,
  banned: sql<boolean>`coalesce(${user.banned}, false)`,
  createdAt: user.createdAt,
};

/** One page of the People → Users grid (offset paging over indexed sorts). */
export function listUsers(state: GridState) {
  return offsetPage<UserRow>(usersBinding, state, ({ where, orderBy, limit, offset }) =>
    db
      .select(userFields)
      .from(user)
      .where(where)
      .orderBy(...orderBy)
      .limit(limit)
      .offset(offset),
  );
}

/** One user with its row version (for the role form), or null when the id is unknown. */
export async function getUser(id: string) {
  const [row] = await db.select({ ...getTableColumns(user), version: versionOf(user) }).from(user).where(eq(user.id, id)).limit(1);
  return row ?? null;
}

const userSessionsBinding = bindGrid(userSessionsGrid, {
  from: session,
  rowId: session.id,
  columns: {
    signedIn: session.createdAt,
    expires: session.expiresAt,
    ip: session.ipAddress,
    device: session.userAgent,
  },
  search: [session.ipAddress, session.userAgent],
  // Live sessions only: an expired one signs nobody in.
  where: gt(session.expiresAt, sql`now()`),
});

export type UserSessionRow = {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
  impersonatedBy: string | null;
};

/** One page of a user's live sessions (served by session_userId_idx: a user has few). */
export function listUserSessions(userId: string, state: GridState) {
  return offsetPage<UserSessionRow>(scopeGrid(userSessionsBinding, eq(session.userId, userId)), state, ({ where, orderBy, limit, offset }) =>
    db
      .select({
        id: session.id,
        createdAt: session.createdAt,
        expiresAt: session.expiresAt,
        ipAddress: session.ipAddress,
        userAgent: session.userAgent,
        impersonatedBy: session.impersonatedBy,
      })
      .from(session)
      .where(where)
      .orderBy(...orderBy)
      .limit(limit)
      .offset(offset),
  );
}

/** How the person signs in (Better Auth account providers) and how many sessions are live. */
export async function userAccess(userId: string) {
  const [row] = await db.execute<{ methods: string[] | null; live: number }>(sql`
    select (select array_agg(distinct ${account.providerId} order by ${account.providerId}) from ${account} where ${account.userId} = ${userId}) as methods,
           (select count(*)::int from ${session} where ${session.userId} = ${userId} and ${session.expiresAt} > now()) as live`);
  return { signInMethods: row?.methods ?? [], liveSessions: Number(row?.live ?? 0) };
}

/** Users' names by id (for links and breadcrumbs that name a user). */
export async function userNames(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
