// The console's own Learning tables (never the products'): rollups kept current by triggers on the
// products' tables, so rows the learning platform writes directly count too.
import { bigint, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import type { ProgressStatus } from "./lms-values";

/**
 * Lesson-progress rows per status, kept by statement triggers on lesson_progress (migration
 * learning_progress_status_totals). Sharded by connection (console_rollup_shard()) so concurrent
 * progress writes don't queue on three rows; a shard may go negative, the sum over shards is exact.
 */
export const consoleProgressStatusTotals = pgTable(
  "console_progress_status_totals",
  {
    status: text("status").$type<ProgressStatus>().notNull(),
    shard: smallint("shard").notNull(),
    rows: bigint("rows", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.status, t.shard] })],
);
