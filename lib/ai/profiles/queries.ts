import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { versionOf } from "@/lib/actions/lock-row";
import { offsetPage, type OffsetRowQuery } from "@/lib/data-table/offset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { consoleTokenUsageMonths as months, user, userProfiles } from "@/lib/db/schema";
import type { BudgetState } from "@/lib/db/schema/ai-values";
import { budgetShare, budgetState, monthOf } from "../budget";
import { profilesGrid } from "./grid";

/**
 * Users of `month` whose tokens pass the threshold of their own budget (never a budget of 0).
 * Served by the rollup's (month, tokens) index: only rows above the smallest budget's threshold
 * are read — a handful, not every active user — then each one's budget by its unique key (the
 * lateral LIMIT keeps that a per-row lookup, which is what it is at this size).
 */
export function usersPastThreshold(month: string, over: boolean): SQL {
  const budget = sql`q.monthly_token_budget`;
  const passes = over ? sql`${months.tokens} > ${budget}` : sql`${months.tokens} * 5 > ${budget} * 4`;
  const smallest = over
    ? sql`(select min(monthly_token_budget) from ${userProfiles} where monthly_token_budget > 0)`
    : sql`(select min(monthly_token_budget) * 4 / 5 from ${userProfiles} where monthly_token_budget > 0)`;
  return sql`select ${months.userId} from ${months}
    cross join lateral (select monthly_token_budget from ${userProfiles} q where q.user_id = ${months.userId} limit 1) q
    where ${months.month} = ${month} and ${months.tokens} > ${smallest} and ${budget} > 0 and ${passes}`;
}

/** "Over budget": tokens > budget; "above 80%": tokens × 5 > budget × 4 (as budgetState decides). Both: the wider one. */
function budgetUseWhere(values: string[], now = new Date()): SQL {
  const over = !values.includes("above80");
  return sql`${userProfiles.monthlyTokenBudget} > 0 and ${userProfiles.userId} = any(array(${usersPastThreshold(monthOf(now).start, over)}))`;
}

export const profilesBinding = bindGrid(profilesGrid, {
  from: userProfiles,
  // Left on a NOT NULL key, so counts and facets skip it (GridJoin).
  joins: [{ table: user, on: eq(user.id, userProfiles.userId), kind: "left" }],
  rowId: userProfiles.id,
  columns: {
    user: user.name,
    displayName: userProfiles.displayName,
    model: userProfiles.defaultModel,
    budget: userProfiles.monthlyTokenBudget,
    used: sql`null`,
    budgetUse: sql`null`,
    created: userProfiles.createdAt,
  },
  // The user's own columns only: each has a trigram index, and an OR reaching into two tables has none.
  search: [user.name, user.email],
  filterWhere: { budgetUse: (value) => budgetUseWhere(value as string[]) },
});

/** What one profile row shows (the grid and the CSV export select the same fields). */
export const profileFields = {
  id: userProfiles.id,
  userId: userProfiles.userId,
  userName: user.name,
  userEmail: user.email,
  displayName: userProfiles.displayName,
  defaultModel: userProfiles.defaultModel,
  monthlyTokenBudget: userProfiles.monthlyTokenBudget,
  createdAt: userProfiles.createdAt,
};

export type ProfileFieldsRow = {
  id: string;
  userId: string;
  userName: string;
  userEmail: string;
  displayName: string | null;
  defaultModel: string;
  monthlyTokenBudget: number;
  createdAt: Date;
};

export type MonthUsage = { tokens: number; costMicrocents: string; calls: number };

/** `version`: the row version the edit form is loaded with (edit conflicts). */
export type ProfileRow = ProfileFieldsRow & { version: string; tokensThisMonth: number; budgetShare: number | null; budgetState: BudgetState };

/** This UTC month's rollup for each of `userIds` (users without usage are absent). */
export async function monthUsageOf(userIds: string[], now = new Date()): Promise<Map<string, MonthUsage>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({
      userId: months.userId,
      tokens: months.tokens,
      costMicrocents: sql<string>`${months.costMicrocents}::text`,
      calls: months.calls,
    })
    .from(months)
    .where(and(eq(months.month, monthOf(now).start), inArray(months.userId, userIds)));
  return new Map(rows.map((row) => [row.userId, { tokens: Number(row.tokens ?? 0), costMicrocents: row.costMicrocents, calls: row.calls }]));
}

function withBudget<Row extends { userId: string; monthlyTokenBudget: number }>(rows: Row[], usage: Map<string, MonthUsage>) {
  return rows.map((row) => {
    const tokens = usage.get(row.userId)?.tokens ?? 0;
    return { ...row, tokensThisMonth: tokens, budgetShare: budgetShare(tokens, row.monthlyTokenBudget), budgetState: budgetState(tokens, row.monthlyTokenBudget) };
  });
}

/**
 * The page's profile ids. Only a search reads the user table; otherwise the offset walks the
 * profiles' own sort index, without joining every skipped row to its user (every profile has one).
 */
function pageIds({ where, orderBy, limit, offset }: OffsetRowQuery, searching: boolean) {
  const query = db.select({ id: userProfiles.id }).from(userProfiles).$dynamic();
  if (searching) query.innerJoin(user, eq(user.id, userProfiles.userId));
  return query.where(where).orderBy(...orderBy).limit(limit).offset(offset);
}

/** One page of AI → Profiles: the page's ids first, then their rows and month usage (25 key lookups each). */
export async function listProfiles(state: GridState, now = new Date()) {
  const page = await offsetPage<ProfileFieldsRow & { version: string }>(profilesBinding, state, async (query) => {
    const ids = (await pageIds(query, state.q !== "")).map((row) => row.id);
    if (ids.length === 0) return [];
    const rows = await db.select({ ...profileFields, version: versionOf(userProfiles) }).from(userProfiles).innerJoin(user, eq(user.id, userProfiles.userId)).where(inArray(userProfiles.id, ids));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  });
  const usage = await monthUsageOf(page.rows.map((row) => row.userId), now);
  return { ...page, rows: withBudget(page.rows, usage) as ProfileRow[] };
}

export type UserBudget = {
  userId: string;
  name: string;
  email: string;
  profile: { id: string; displayName: string | null; defaultModel: string; monthlyTokenBudget: number } | null;
  /** This UTC month. */
  usage: MonthUsage;
  budget: number | null;
  share: number | null;
  state: BudgetState;
};

/** One user's month against their budget; a user without a profile has no budget. Null for an unknown user. */
export async function userBudget(userId: string, now = new Date()): Promise<UserBudget | null> {
  const [row] = await db
    .select({ userId: user.id, name: user.name, email: user.email, profileId: userProfiles.id, displayName: userProfiles.displayName, defaultModel: userProfiles.defaultModel, budget: userProfiles.monthlyTokenBudget })
    .from(user)
    .leftJoin(userProfiles, eq(userProfiles.userId, user.id))
    .where(eq(user.id, userId));
  if (!row) return null;
  const usage = (await monthUsageOf([userId], now)).get(userId) ?? { tokens: 0, costMicrocents: "0", calls: 0 };
  const budget = row.profileId ? row.budget : null;
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    profile: row.profileId ? { id: row.profileId, displayName: row.displayName, defaultModel: row.defaultModel!, monthlyTokenBudget: row.budget! } : null,
    usage,
    budget: budget && budget > 0 ? budget : null,
    share: budgetShare(usage.tokens, budget),
    state: budgetState(usage.tokens, budget),
  };
}
