import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, selectFromGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { promptLogs, user } from "@/lib/db/schema";
import type { CallStatus } from "@/lib/db/schema/ai-values";
import { promptLogsGrid } from "./grid";

export const promptLogsBinding = bindGrid(promptLogsGrid, {
  from: promptLogs,
  // Left on a NOT NULL key, so counts and facets skip it (GridJoin).
  joins: [{ table: user, on: eq(user.id, promptLogs.userId), kind: "left" }],
  rowId: promptLogs.id,
  columns: {
    created: promptLogs.createdAt,
    user: user.name,
    model: promptLogs.model,
    status: promptLogs.status,
    tokens: sql`${promptLogs.promptTokens} + ${promptLogs.completionTokens}`,
    latency: promptLogs.latencyMs,
  },
  filterOn: { user: [user.name, user.email] },
});

/** A streamed completion still in flight: no completion yet and nothing went wrong. */
const inFlight = sql<boolean>`(${promptLogs.completion} is null and ${promptLogs.status} = 'ok')`;

/**
 * What one log row shows, in the grid and the CSV export alike — for every role. Nothing the
 * user or the model wrote (prompt, completion, metadata) is ever selected here.
 */
export const promptLogFields = {
  id: promptLogs.id,
  createdAt: promptLogs.createdAt,
  userId: promptLogs.userId,
  userName: user.name,
  userEmail: user.email,
  model: promptLogs.model,
  status: promptLogs.status,
  inFlight,
  promptTokens: promptLogs.promptTokens,
  completionTokens: promptLogs.completionTokens,
  latencyMs: promptLogs.latencyMs,
};

export type PromptLogRow = {
  id: string;
  createdAt: Date;
  userId: string;
  userName: string;
  userEmail: string;
  model: string;
  status: CallStatus;
  inFlight: boolean;
  promptTokens: number;
  completionTokens: number;
  latencyMs: number | null;
};

/** One page of AI → Prompt logs. */
export function listPromptLogs(state: GridState) {
  return keysetPage(promptLogsBinding, state, ({ where, orderBy, limit, cursorFields }) =>
    selectFromGrid(promptLogsBinding, { ...promptLogFields, ...cursorFields })
      .where(where)
      .orderBy(...orderBy)
      .limit(limit),
  );
}

/** One log's facts without its text (every role that may read prompt logs). Null when unknown. */
export async function getPromptLog(id: string): Promise<PromptLogRow | null> {
  if (!z.guid().safeParse(id).success) return null;
  const [row] = await db
    .select(promptLogFields)
    .from(promptLogs)
    .innerJoin(user, eq(user.id, promptLogs.userId))
    .where(eq(promptLogs.id, id));
  return row ?? null;
}

export type RecentPromptLog = { id: string; createdAt: Date; model: string; status: CallStatus; promptTokens: number; completionTokens: number; latencyMs: number | null };

/** A person's latest calls — metadata only, never the text (idx_log_user_time). */
export function recentPromptLogsOf(userId: string, limit = 5): Promise<RecentPromptLog[]> {
  return db
    .select({ id: promptLogs.id, createdAt: promptLogs.createdAt, model: promptLogs.model, status: promptLogs.status, promptTokens: promptLogs.promptTokens, completionTokens: promptLogs.completionTokens, latencyMs: promptLogs.latencyMs })
    .from(promptLogs)
    .where(eq(promptLogs.userId, userId))
    .orderBy(desc(promptLogs.createdAt))
    .limit(limit);
}
