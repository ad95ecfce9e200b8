import "server-only";
import { eq, sql } from "drizzle-orm";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, selectFromGrid } from "@/lib/data-table/sql";
import { tokenUsage, user } from "@/lib/db/schema";
import { withRecentWindow } from "../window";
import { usageGrid } from "./grid";

export const usageBinding = bindGrid(usageGrid, {
  from: tokenUsage,
  joins: [{ table: user, on: eq(user.id, tokenUsage.userId) }],
  rowId: tokenUsage.id,
  columns: {
    created: tokenUsage.createdAt,
    user: user.name,
    model: tokenUsage.model,
    promptTokens: tokenUsage.promptTokens,
    completionTokens: tokenUsage.completionTokens,
    cost: tokenUsage.costMicrocents,
  },
  // Name or email, each served by its own trigram index.
  filterOn: { user: [user.name, user.email] },
});

/** What one usage row shows (the grid and the CSV export select the same fields). */
export const usageFields = {
  id: tokenUsage.id,
  createdAt: tokenUsage.createdAt,
  userId: tokenUsage.userId,
  userName: user.name,
  userEmail: user.email,
  model: tokenUsage.model,
  promptTokens: tokenUsage.promptTokens,
  completionTokens: tokenUsage.completionTokens,
  // As text: exact whatever its size, formatted by formatMicrocents.
  costMicrocents: sql<string>`${tokenUsage.costMicrocents}::text`,
};

export type UsageRow = {
  id: string;
  createdAt: Date;
  userId: string;
  userName: string;
  userEmail: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  costMicrocents: string;
};

/** The state the grid and its export run with: the URL's, on the last 30 days unless it names a range. */
export function usageState(state: GridState, now = new Date()): GridState {
  return withRecentWindow(state, "created", now);
}

/** One page of AI → Token usage. */
export function listUsage(state: GridState, now = new Date()) {
  return keysetPage(usageBinding, usageState(state, now), ({ where, orderBy, limit, cursorFields }) =>
    selectFromGrid(usageBinding, { ...usageFields, ...cursorFields })
      .where(where)
      .orderBy(...orderBy)
      .limit(limit),
  );
}
