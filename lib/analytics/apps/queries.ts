import "server-only";
import { and, desc, eq, gte, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { offsetPage } from "@/lib/data-table/offset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { consoleEventDaily, events, funnels, trackedApps, user, visitorSessions } from "@/lib/db/schema";
import { appsGrid } from "./grid";
import { maskKey } from "./keys";
import { appId } from "./schemas";

const equals = (column: AnyPgColumn, outer: AnyPgColumn) => sql`${column} = ${outer}`;
const ownerName = sql<string>`(select ${user.name} from ${user} where ${equals(user.id, trackedApps.ownerId)})`;
// Per row of a page only: index range scans on idx_event_app_time.
const events24h = sql<number>`(select count(*)::int from ${events} where ${equals(events.appId, trackedApps.id)} and ${events.occurredAt} > now() - interval '24 hours')`;
const lastEvent = sql<Date | null>`(select max(${events.occurredAt}) from ${events} where ${equals(events.appId, trackedApps.id)})`.mapWith(
  (value) => (value ? new Date(value) : null),
);
const keyLastFour = sql<string>`right(${trackedApps.apiKey}, 4)`;

export const appsBinding = bindGrid(appsGrid, {
  from: trackedApps,
  rowId: trackedApps.id,
  columns: {
    name: trackedApps.name,
    owner: ownerName,
    key: keyLastFour,
    events24h,
    lastEvent,
    created: trackedApps.createdAt,
  },
  search: [trackedApps.name],
});

/** What the CSV export selects: never the key, for any role. */
export const appExportFields = {
  id: trackedApps.id,
  name: trackedApps.name,
  ownerId: trackedApps.ownerId,
  ownerName,
  events24h,
  lastEventAt: lastEvent,
  createdAt: trackedApps.createdAt,
};

export type AppRow = {
  id: string;
  name: string;
  ownerId: string;
  ownerName: string;
  /** "••••abcd", or null when the viewer may not see keys (support). */
  maskedKey: string | null;
  events24h: number;
  lastEventAt: Date | null;
  createdAt: Date;
};

/**
 * One page of Analytics → Tracked apps. The page's ids are picked first; events in the last 24 h
 * and the last event time are computed for those rows only. The key never leaves PostgreSQL
 * whole: only its last 4 characters, and only when `showKeys`.
 */
export function listApps(state: GridState, opts: { showKeys: boolean }) {
  return offsetPage<AppRow>(appsBinding, state, async ({ where, orderBy, limit, offset }) => {
    const page = db.select({ id: trackedApps.id }).from(trackedApps).where(where).orderBy(...orderBy).limit(limit).offset(offset).as("page");
    const rows = await db
      .select({
        id: trackedApps.id,
        name: trackedApps.name,
        ownerId: trackedApps.ownerId,
        ownerName,
        keyLastFour: opts.showKeys ? keyLastFour : sql<null>`null`,
        events24h,
        lastEventAt: lastEvent,
        createdAt: trackedApps.createdAt,
      })
      .from(trackedApps)
      .innerJoin(page, eq(page.id, trackedApps.id))
      .orderBy(...orderBy);
    return rows.map(({ keyLastFour: last, ...row }) => ({ ...row, maskedKey: last ? maskKey(last) : null }));
  });
}

/**
 * What deleting an app takes with it (events from the daily rollup: exact, without scanning events).
 * Inside a transaction pass its `tx`: with one pooled connection, `db` would wait for the one the transaction holds.
 */
export async function appDeletionCounts(id: string, client: Pick<typeof db, "select"> = db) {
  const [counts] = await client
    .select({
      events: sql<number>`(select coalesce(sum(${consoleEventDaily.events}), 0)::int from ${consoleEventDaily} where ${equals(consoleEventDaily.appId, trackedApps.id)})`,
      sessions: sql<number>`(select count(*)::int from ${visitorSessions} where ${equals(visitorSessions.appId, trackedApps.id)})`,
      funnels: sql<number>`(select count(*)::int from ${funnels} where ${equals(funnels.appId, trackedApps.id)})`,
    })
    .from(trackedApps)
    .where(eq(trackedApps.id, id));
  return counts ?? null;
}

export type AppDeletionCounts = NonNullable<Awaited<ReturnType<typeof appDeletionCounts>>>;

/** One app for its page: masked key only when `showKeys`. Null for an unknown id. */
export async function getApp(id: string, opts: { showKeys: boolean }) {
  if (!appId.safeParse(id).success) return null;
  const [row] = await db
    .select({
      id: trackedApps.id,
      name: trackedApps.name,
      ownerId: trackedApps.ownerId,
      ownerName: user.name,
      ownerEmail: user.email,
      createdAt: trackedApps.createdAt,
      keyLastFour,
    })
    .from(trackedApps)
    .innerJoin(user, eq(user.id, trackedApps.ownerId))
    .where(eq(trackedApps.id, id));
  if (!row) return null;
  const { keyLastFour: last, ...app } = row;
  return { ...app, maskedKey: opts.showKeys ? maskKey(last) : null };
}

export type AppDetail = NonNullable<Awaited<ReturnType<typeof getApp>>>;

/** Events per UTC day of one app over the last `days` days (from the rollup), gaps filled. */
export async function appEventsPerDay(id: string, days = 30) {
  return db.execute<{ day: string; events: number }>(sql`
    select d::date::text as day, coalesce(sum(r.events), 0)::int as events
    from generate_series((now() at time zone 'UTC')::date - ${days - 1}::int, (now() at time zone 'UTC')::date, interval '1 day') d
    left join ${consoleEventDaily} r on r.app_id = ${id} and r.day = d::date
    group by d order by d`);
}

/** The app's event names by volume over the last `days` days (from the rollup). */
export async function appTopEventNames(id: string, days = 30, limit = 10) {
  return db
    .select({ name: consoleEventDaily.name, events: sql<number>`sum(${consoleEventDaily.events})::int` })
    .from(consoleEventDaily)
    .where(and(eq(consoleEventDaily.appId, id), gte(consoleEventDaily.day, sql`(now() at time zone 'UTC')::date - ${days - 1}::int`)))
    .groupBy(consoleEventDaily.name)
    .orderBy(desc(sql`sum(${consoleEventDaily.events})`))
    .limit(limit);
}

/** Every event name the app has sent (the funnel step builder's choices). */
export async function appEventNames(id: string) {
  const rows = await db.selectDistinct({ name: consoleEventDaily.name }).from(consoleEventDaily).where(eq(consoleEventDaily.appId, id)).orderBy(consoleEventDaily.name);
  return rows.map((r) => r.name);
}

/** The app's open sessions, most recent first (served by the open-session unique index). */
export async function appOpenSessions(id: string, limit = 20) {
  return db
    .select({ id: visitorSessions.id, anonymousId: visitorSessions.anonymousId, startedAt: visitorSessions.startedAt })
    .from(visitorSessions)
    .where(and(eq(visitorSessions.appId, id), sql`${visitorSessions.endedAt} is null`))
    .orderBy(desc(visitorSessions.startedAt))
    .limit(limit);
}

export type OwnedAppRow = { id: string; name: string; createdAt: Date; events7d: number };

/** The apps a person owns, with their events of the last 7 UTC days from the daily rollup (idx_app_owner). */
export function appsOfOwner(ownerId: string, limit = 20): Promise<OwnedAppRow[]> {
  const events7d = sql<number>`(select coalesce(sum(${consoleEventDaily.events}), 0)::bigint from ${consoleEventDaily}
    where ${equals(consoleEventDaily.appId, trackedApps.id)} and ${consoleEventDaily.day} > (now() at time zone 'UTC')::date - 7)`.mapWith(Number);
  return db
    .select({ id: trackedApps.id, name: trackedApps.name, createdAt: trackedApps.createdAt, events7d })
    .from(trackedApps)
    .where(eq(trackedApps.ownerId, ownerId))
    .orderBy(desc(trackedApps.createdAt), desc(trackedApps.id))
    .limit(limit);
}
