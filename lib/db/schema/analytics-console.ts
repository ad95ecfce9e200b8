// The console's own analytics tables (never the products'): ingest receipts for messageId
// de-duplication, rate-limit windows shared by every console instance, and daily rollups kept
// current by a trigger on `events` (so rows the products write directly count too).
import { date, bigint, index, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { trackedApps } from "./analytics";

/**
 * One row per accepted messageId per app, kept for RECEIPT_HOURS (see lib/analytics/ingest). No
 * foreign key: ingest writes one receipt per message, and a check per row is a tenth of a
 * batch's database time. Deleting an app deletes its receipts; the sweep ages out any others.
 */
export const consoleIngestReceipts = pgTable(
  "console_ingest_receipts",
  {
    appId: uuid("app_id").notNull(),
    messageId: text("message_id").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // BRIN: rows arrive in time order, so the cleanup's range scan costs almost nothing to index.
  (t) => [primaryKey({ columns: [t.appId, t.messageId] }), index("idx_console_receipt_received").using("brin", t.receivedAt)],
);

/** Events per app, UTC day and name. */
export const consoleEventDaily = pgTable(
  "console_event_daily",
  {
    appId: uuid("app_id")
      .notNull()
      .references(() => trackedApps.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    name: text("name").notNull(),
    events: bigint("events", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.appId, t.day, t.name] }), index("idx_console_event_daily_day").on(t.day)],
);

/**
 * Events per UTC day and name across all apps (the overview's events-per-day chart reads 30 days ×
 * a few names here instead of every app's rows). Split into `shard`s by the writing connection, so
 * concurrent ingest batches of different apps never wait on one counter row; readers sum them.
 */
export const consoleEventNameDaily = pgTable(
  "console_event_name_daily",
  {
    day: date("day", { mode: "string" }).notNull(),
    name: text("name").notNull(),
    shard: smallint("shard").notNull(),
    events: bigint("events", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.name, t.shard] })],
);

/** Which visitors were active per app and UTC day (daily active visitors without scanning events). */
export const consoleVisitorDaily = pgTable(
  "console_visitor_daily",
  {
    appId: uuid("app_id")
      .notNull()
      .references(() => trackedApps.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    anonymousId: text("anonymous_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.appId, t.day, t.anonymousId] }), index("idx_console_visitor_daily_day").on(t.day)],
);
