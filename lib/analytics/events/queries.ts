import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, containsPattern, selectFromGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { events, trackedApps, visitorSessions } from "@/lib/db/schema";
import { eventsGrid } from "./grid";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `key=value` → a jsonb containment test (the value as a string, and as a number when it is one). */
export function propertyCondition(filter: string): SQL | undefined {
  const at = filter.indexOf("=");
  if (at <= 0) return sql`false`;
  const key = filter.slice(0, at).trim();
  const value = filter.slice(at + 1).trim();
  const asString = sql`${events.properties} @> jsonb_build_object(${key}::text, ${value}::text)`;
  const number = Number(value);
  if (value === "" || !Number.isFinite(number)) return asString;
  return sql`(${asString} or ${events.properties} @> jsonb_build_object(${key}::text, ${number}::numeric))`;
}

function binding(state: GridState) {
  // No date range chosen: the last 24 hours (idx_event_time_id serves it, whatever the table's size).
  const recent = state.filters.occurred === undefined ? sql`${events.occurredAt} > now() - interval '24 hours'` : undefined;
  return bindGrid(eventsGrid, {
    from: events,
    joins: [{ table: trackedApps, on: eq(trackedApps.id, events.appId) }],
    rowId: events.id,
    columns: { occurred: events.occurredAt, app: trackedApps.name, name: events.name, visitor: events.anonymousId, props: events.properties },
    filterWhere: {
      app: (value) => (uuidPattern.test(String(value)) ? eq(events.appId, String(value)) : sql`${trackedApps.name} ilike ${containsPattern(String(value))}`),
      name: (value) => eq(events.name, String(value)),
      visitor: (value) => eq(events.anonymousId, String(value)),
      props: (value) => propertyCondition(String(value)),
    },
    where: recent,
  });
}

export type EventRow = {
  id: string;
  appId: string;
  appName: string;
  name: string;
  anonymousId: string | null;
  properties: unknown;
  occurredAt: Date;
};

/** One page of Analytics → Events. */
export function listEvents(state: GridState) {
  const b = binding(state);
  return keysetPage(b, state, ({ where, orderBy, limit, cursorFields }) =>
    selectFromGrid(b, {
      id: events.id,
      appId: events.appId,
      appName: trackedApps.name,
      name: events.name,
      anonymousId: events.anonymousId,
      properties: events.properties,
      occurredAt: events.occurredAt,
      ...cursorFields,
    })
      .where(where)
      .orderBy(...orderBy)
      .limit(limit),
  );
}

/** A visitor's sessions and events, most recent first (bounded). */
export async function visitorTimeline(appId: string, anonymousId: string, limit = 200) {
  if (!uuidPattern.test(appId)) return null;
  const [app] = await db.select({ id: trackedApps.id, name: trackedApps.name }).from(trackedApps).where(eq(trackedApps.id, appId));
  if (!app) return null;
  const [sessions, rows] = await Promise.all([
    db
      .select()
      .from(visitorSessions)
      .where(and(eq(visitorSessions.appId, appId), eq(visitorSessions.anonymousId, anonymousId)))
      .orderBy(sql`${visitorSessions.startedAt} desc`)
      .limit(50),
    db
      .select({ id: events.id, name: events.name, properties: events.properties, occurredAt: events.occurredAt })
      .from(events)
      .where(and(eq(events.appId, appId), eq(events.anonymousId, anonymousId)))
      .orderBy(sql`${events.occurredAt} desc`)
      .limit(limit),
  ]);
  return { app, sessions, events: rows };
}
