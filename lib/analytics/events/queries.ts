import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { appCondition, isUuid } from "@/lib/analytics/app-filter";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, selectFromGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { events, trackedApps, visitorSessions } from "@/lib/db/schema";
import { eventsGrid } from "./grid";

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

/** The explorer's binding; the grid's recentDays keeps it to the last two UTC days unless a range is set. */
export const eventsBinding = bindGrid(eventsGrid, {
  from: events,
  joins: [{ table: trackedApps, on: eq(trackedApps.id, events.appId) }],
  rowId: events.id,
  columns: { occurred: events.occurredAt, app: trackedApps.name, name: events.name, visitor: events.anonymousId, props: events.properties },
  filterWhere: {
    app: (value) => appCondition(events.appId, String(value)),
    name: (value) => eq(events.name, String(value)),
    visitor: (value) => eq(events.anonymousId, String(value)),
    props: (value) => propertyCondition(String(value)),
  },
});

export type EventRow = {
  id: string;
  appId: string;
  appName: string;
  name: string;
  anonymousId: string | null;
  properties: unknown;
  occurredAt: Date;
};

export const eventFields = {
  id: events.id,
  appId: events.appId,
  appName: trackedApps.name,
  name: events.name,
  anonymousId: events.anonymousId,
  properties: events.properties,
  occurredAt: events.occurredAt,
};

/** One page of Analytics → Events. */
export function listEvents(state: GridState) {
  return keysetPage(eventsBinding, state, ({ where, orderBy, limit, cursorFields }) =>
    selectFromGrid(eventsBinding, { ...eventFields, ...cursorFields })
      .where(where)
      .orderBy(...orderBy)
      .limit(limit),
  );
}

/** A visitor's sessions and events, most recent first (bounded). */
export async function visitorTimeline(appId: string, anonymousId: string, limit = 200) {
  if (!isUuid(appId)) return null;
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
