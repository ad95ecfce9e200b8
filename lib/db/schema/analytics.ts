// Product analytics (names and constraints as the analytics product has them). Its `sessions` table is visitor session
// windows — exported as `visitorSessions` so it never gets confused with Better Auth's `session`.
import { relations, sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uuid, uniqueIndex } from "drizzle-orm/pg-core";
import { user } from "./auth";

export const trackedApps = pgTable(
  "tracked_apps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    apiKey: text("api_key").notNull().unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("idx_app_owner").on(t.ownerId)],
);

/** Append-only event stream. */
export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    appId: uuid("app_id")
      .notNull()
      .references(() => trackedApps.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    anonymousId: text("anonymous_id"),
    properties: jsonb("properties"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("idx_event_app_time").on(t.appId, t.occurredAt),
    // Console-added: a visitor's events in order (sessionization, visitor timeline, funnels).
    index("idx_event_app_visitor_time").on(t.appId, t.anonymousId, t.occurredAt),
    // Console-added: the explorer's keyset across all apps.
    index("idx_event_time_id").on(t.occurredAt, t.id),
  ],
);

export const visitorSessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    appId: uuid("app_id")
      .notNull()
      .references(() => trackedApps.id, { onDelete: "cascade" }),
    anonymousId: text("anonymous_id").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    index("idx_session_app").on(t.appId),
    // Console-added: at most one open session per visitor, even under concurrent ingest.
    uniqueIndex("uq_session_open_visitor").on(t.appId, t.anonymousId).where(sql`${t.endedAt} is null`),
    index("idx_session_app_visitor_start").on(t.appId, t.anonymousId, t.startedAt),
    index("idx_session_start_id").on(t.startedAt, t.id),
    // Console-added, for the Visitor sessions grid: one app's sessions, the open ones, and the visitor search.
    index("idx_session_app_start_id").on(t.appId, t.startedAt, t.id),
    index("idx_session_open_start_id").on(t.startedAt, t.id).where(sql`${t.endedAt} is null`),
    index("idx_session_visitor_trgm").using("gin", sql`${t.anonymousId} gin_trgm_ops`),
  ],
);

export const funnels = pgTable("funnels", {
  id: uuid("id").primaryKey().defaultRandom(),
  appId: uuid("app_id")
    .notNull()
    .references(() => trackedApps.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  steps: jsonb("steps"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const trackedAppsRelations = relations(trackedApps, ({ one, many }) => ({
  owner: one(user, { fields: [trackedApps.ownerId], references: [user.id] }),
  events: many(events),
  sessions: many(visitorSessions),
  funnels: many(funnels),
}));

export const eventsRelations = relations(events, ({ one }) => ({
  app: one(trackedApps, { fields: [events.appId], references: [trackedApps.id] }),
}));

export const visitorSessionsRelations = relations(visitorSessions, ({ one }) => ({
  app: one(trackedApps, { fields: [visitorSessions.appId], references: [trackedApps.id] }),
}));

export const funnelsRelations = relations(funnels, ({ one }) => ({
  app: one(trackedApps, { fields: [funnels.appId], references: [trackedApps.id] }),
}));
