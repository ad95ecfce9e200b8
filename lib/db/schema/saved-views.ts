// The console's saved grid views: a named URL state of one grid, private to its owner or shared
// with all staff. `grid` is the page path plus the grid's URL prefix ("/people/users/x#sessions").
import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";

export const consoleSavedViews = pgTable(
  "console_saved_views",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    grid: text("grid").notNull(),
    name: text("name").notNull(),
    /** The grid's own URL state as "?…" under plain keys (defaults dropped). */
    query: text("query").notNull(),
    shared: boolean("shared").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("console_saved_views_owner_grid_name").on(t.ownerId, t.grid, t.name),
    index("idx_console_saved_view_grid_shared").on(t.grid).where(sql`${t.shared}`),
    check("console_saved_views_name_check", sql`length(${t.name}) between 1 and 80`),
  ],
);
