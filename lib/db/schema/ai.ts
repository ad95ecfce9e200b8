// AI wrapper (names and constraints as the AI product has them): profiles with token budgets, append-only token usage and prompt logs.
import { relations, sql } from "drizzle-orm";
import { bigint, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { type CallStatus } from "./ai-values";
import { user } from "./auth";

export { callStatuses, type CallStatus } from "./ai-values";

export const userProfiles = pgTable(
  "user_profiles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .unique()
      .references(() => user.id, { onDelete: "cascade" }),
    displayName: text("display_name"),
    defaultModel: text("default_model").notNull().default("gpt-4o-mini"),
    monthlyTokenBudget: bigint("monthly_token_budget", { mode: "number" }).notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("idx_profile_model").on(t.defaultModel),
    // The console's profiles grid: its sorts and its display-name search.
    index("idx_profile_created").on(t.createdAt, t.id),
    index("idx_profile_budget").on(t.monthlyTokenBudget, t.id),
    index("idx_profile_display_name_trgm").using("gin", sql`${t.displayName} gin_trgm_ops`),
  ],
);

/** Append-only token meter: one row per upstream LLM call. */
export const tokenUsage = pgTable(
  "token_usage",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    model: text("model").notNull(),
    promptTokens: integer("prompt_tokens").notNull().default(0),
    completionTokens: integer("completion_tokens").notNull().default(0),
    costMicrocents: bigint("cost_microcents", { mode: "number" }).notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("idx_usage_user_time").on(t.userId, t.createdAt),
    index("idx_usage_model").on(t.model),
    // The console's keyset grid on (created_at, id) and the spend charts' date ranges.
    index("idx_token_usage_time").on(t.createdAt, t.id),
  ],
);

/** Append-only prompt/completion history. */
export const promptLogs = pgTable(
  "prompt_logs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    model: text("model").notNull(),
    prompt: text("prompt").notNull(),
    completion: text("completion"),
    promptTokens: integer("prompt_tokens").notNull().default(0),
    completionTokens: integer("completion_tokens").notNull().default(0),
    latencyMs: integer("latency_ms"),
    status: text("status").$type<CallStatus>().notNull().default("ok"),
    metadata: jsonb("metadata"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("idx_log_user_time").on(t.userId, t.createdAt),
    // The console's keyset grid on (created_at, id) covers status, model, latency and user too:
    // idx_log_time_cover, a hand-written migration (drizzle cannot express INCLUDE).
    index("idx_log_status_time").on(t.status, t.createdAt, t.id),
    check("prompt_logs_status_check", sql`${t.status} in ('ok','error','filtered')`),
  ],
);

/**
 * Console-owned rollup (never the products'): tokens and cost per user per UTC calendar month,
 * kept by a statement trigger on token_usage inserts (see its migration). Budget checks, the
 * "over budget" filters and top spenders read this instead of summing token_usage.
 */
export const consoleTokenUsageMonths = pgTable(
  "console_token_usage_months",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    /** The first day of the UTC calendar month. */
    month: date("month", { mode: "string" }).notNull(),
    promptTokens: bigint("prompt_tokens", { mode: "number" }).notNull().default(0),
    completionTokens: bigint("completion_tokens", { mode: "number" }).notNull().default(0),
    tokens: bigint("tokens", { mode: "number" }).generatedAlwaysAs(sql`prompt_tokens + completion_tokens`),
    costMicrocents: bigint("cost_microcents", { mode: "number" }).notNull().default(0),
    calls: integer("calls").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.month] }),
    // Top spenders of a month; and the budget filters' range scan (tokens above the smallest budget).
    index("idx_console_usage_month_cost").on(t.month, t.costMicrocents),
    index("idx_console_usage_month_tokens").on(t.month, t.tokens),
  ],
);

/**
 * Console-owned rollup: tokens and cost per UTC day per model, kept by the same trigger. The
 * spend charts read days × models (a few hundred rows) instead of every call of the range.
 */
export const consoleTokenUsageDays = pgTable(
  "console_token_usage_days",
  {
    day: date("day", { mode: "string" }).notNull(),
    model: text("model").notNull(),
    promptTokens: bigint("prompt_tokens", { mode: "number" }).notNull().default(0),
    completionTokens: bigint("completion_tokens", { mode: "number" }).notNull().default(0),
    costMicrocents: bigint("cost_microcents", { mode: "number" }).notNull().default(0),
    calls: integer("calls").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.model] })],
);

export const userProfilesRelations = relations(userProfiles, ({ one }) => ({
  user: one(user, { fields: [userProfiles.userId], references: [user.id] }),
}));

export const tokenUsageRelations = relations(tokenUsage, ({ one }) => ({
  user: one(user, { fields: [tokenUsage.userId], references: [user.id] }),
}));

export const promptLogsRelations = relations(promptLogs, ({ one }) => ({
  user: one(user, { fields: [promptLogs.userId], references: [user.id] }),
}));
