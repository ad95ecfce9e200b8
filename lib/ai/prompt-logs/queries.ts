import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, selectFromGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { promptLogs, user } from "@/lib/db/schema";
import type { CallStatus } from "@/lib/db/schema/ai-values";
import { withRecentWindow } from "../window";
import { promptLogsGrid } from "./grid";

export const promptLogsBinding = bindGrid(promptLogsGrid, {
  from: promptLogs,
  joins: [{ table: user, on: eq(user.id, promptLogs.userId) }],
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

export function promptLogsState(state: GridState, now = new Date()): GridState {
  return withRecentWindow(state, "created", now);
}

/** One page of AI → Prompt logs. */
export function listPromptLogs(state: GridState, now = new Date()) {
  return keysetPage(promptLogsBinding, promptLogsState(state, now), ({ where, orderBy, limit, cursorFields }) =>
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
