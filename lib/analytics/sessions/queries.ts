import "server-only";
import { eq, sql } from "drizzle-orm";
import { appCondition } from "@/lib/analytics/app-filter";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, selectFromGrid } from "@/lib/data-table/sql";
import { trackedApps, visitorSessions } from "@/lib/db/schema";
import { sessionsGrid } from "./grid";

const state = sql<string>`case when ${visitorSessions.endedAt} is null then 'open' else 'ended' end`;
// An open session's length so far.
const durationSeconds = sql<number>`extract(epoch from coalesce(${visitorSessions.endedAt}, now()) - ${visitorSessions.startedAt})::float8`;

/**
 * Indexes (migration "visitor_sessions_grid"): (started_at, id) for the whole stream, (app_id,
 * started_at, id) for one app, a partial (started_at, id) of open sessions for the quick filter,
 * and a trigram index on anonymous_id for the search.
 */
export const sessionsBinding = bindGrid(sessionsGrid, {
  from: visitorSessions,
  joins: [{ table: trackedApps, on: eq(trackedApps.id, visitorSessions.appId) }],
  rowId: visitorSessions.id,
  columns: {
    started: visitorSessions.startedAt,
    app: trackedApps.name,
    visitor: visitorSessions.anonymousId,
    ended: visitorSessions.endedAt,
    duration: durationSeconds,
    state,
  },
  search: [visitorSessions.anonymousId],
  filterWhere: {
    app: (value) => appCondition(visitorSessions.appId, String(value)),
    // Written on ended_at itself, so the partial index of open sessions serves "open".
    state: (value) => {
      const states = value as string[];
      if (states.length !== 1) return undefined;
      return states[0] === "open" ? sql`${visitorSessions.endedAt} is null` : sql`${visitorSessions.endedAt} is not null`;
    },
  },
});

export type SessionRow = {
  id: string;
  appId: string;
  appName: string;
  anonymousId: string;
  startedAt: Date;
  endedAt: Date | null;
  durationSeconds: number;
};

export const sessionFields = {
  id: visitorSessions.id,
  appId: visitorSessions.appId,
  appName: trackedApps.name,
  anonymousId: visitorSessions.anonymousId,
  startedAt: visitorSessions.startedAt,
  endedAt: visitorSessions.endedAt,
  durationSeconds,
};

/** One page of Analytics → Visitor sessions. */
export function listSessions(gridState: GridState) {
  return keysetPage(sessionsBinding, gridState, ({ where, orderBy, limit, cursorFields }) =>
    selectFromGrid(sessionsBinding, { ...sessionFields, ...cursorFields })
      .where(where)
      .orderBy(...orderBy)
      .limit(limit),
  );
}
