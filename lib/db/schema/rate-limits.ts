// The console's own rate-limit state, shared by every instance through the database: one row per
// key (e.g. "sign-in-ip:203.0.113.7"), a fixed window and the hits counted in it.
import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const consoleRateLimits = pgTable("console_rate_limits", {
  key: text("key").primaryKey(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  hits: integer("hits").notNull(),
});
