// Sales CRM (names and constraints as the CRM has them): companies, contacts, pipelines, deals by stage, append-only activities.
import { relations, sql } from "drizzle-orm";
import { bigint, check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { activityTypes, dealStages, type ActivityType, type DealStage } from "./crm-values";

export { activityTypes, dealStages, type ActivityType, type DealStage };

/** A board card's position key: its close date, deals without one after all dated ones. */
export const dealCardOrder = (t: { closeDate: AnyPgColumn }) => sql`coalesce(${t.closeDate}, 'infinity'::timestamptz)`;

const trigram = (column: AnyPgColumn) => sql`${column} gin_trgm_ops`;

export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    domain: text("domain"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("idx_company_domain").on(t.domain),
    // De-duplication on the normalised domain (crm_normalize_domain: migration crm_domain_function),
    // enforced by the database so two concurrent creates cannot both win.
    uniqueIndex("companies_domain_normalized_unique").on(sql`crm_normalize_domain(${t.domain})`),
    index("idx_company_created").on(t.createdAt, t.id),
    index("idx_company_name").on(t.name, t.id),
    index("idx_company_domain_sort").on(t.domain, t.id),
    index("idx_company_name_trgm").using("gin", trigram(t.name)),
    index("idx_company_domain_trgm").using("gin", trigram(t.domain)),
  ],
);

export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    email: text("email").notNull(),
    name: text("name"),
    ownerId: text("owner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("idx_contact_company").on(t.companyId),
    index("idx_contact_owner").on(t.ownerId),
    index("idx_contact_created").on(t.createdAt, t.id),
    index("idx_contact_name").on(t.name, t.id),
    index("idx_contact_email").on(t.email, t.id),
    index("idx_contact_name_trgm").using("gin", trigram(t.name)),
    index("idx_contact_email_trgm").using("gin", trigram(t.email)),
  ],
);

export const pipelines = pgTable("pipelines", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const deals = pgTable(
  "deals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    pipelineId: uuid("pipeline_id")
      .notNull()
      .references(() => pipelines.id),
    ownerId: text("owner_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull().default(0),
    stage: text("stage").$type<DealStage>().notNull().default("lead"),
    closeDate: timestamp("close_date", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("idx_deal_stage").on(t.stage),
    index("idx_deal_contact").on(t.contactId),
    // The board: a column's cards in order (close date, no date last, then biggest amount) as one
    // ascending key the keyset "show more" compares row-wise; per owner too; the column totals index-only.
    index("idx_deal_board").on(t.pipelineId, t.stage, dealCardOrder(t), sql`(-${t.amountCents})`, t.id),
    index("idx_deal_board_owner").on(t.pipelineId, t.ownerId, t.stage, dealCardOrder(t), sql`(-${t.amountCents})`, t.id),
    index("idx_deal_board_totals").on(t.pipelineId, t.stage, t.ownerId, t.closeDate, t.amountCents),
    index("idx_deal_owner").on(t.ownerId),
    index("idx_deal_created").on(t.createdAt, t.id),
    // The deals grid's stage facet in its default order; the amount range filtered in the index too.
    index("idx_deal_stage_created").on(t.stage, t.createdAt, t.id, t.amountCents),
    index("idx_deal_title").on(t.title, t.id),
    index("idx_deal_close").on(t.closeDate, t.id),
    index("idx_deal_amount").on(t.amountCents, t.id),
    // The deals grid's stage facet under an amount range, index-only.
    index("idx_deal_amount_stage").on(t.amountCents, t.stage),
    // A company row's open deal value (its contacts' lead and qualified deals), index-only.
    index("idx_deal_contact_open").on(t.contactId, t.amountCents).where(sql`${t.stage} in ('lead', 'qualified')`),
    index("idx_deal_title_trgm").using("gin", trigram(t.title)),
    check("deals_stage_check", sql`${t.stage} in ('lead','qualified','won','lost')`),
  ],
);

/** Append-only interaction trail against a deal. */
export const activities = pgTable(
  "activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    dealId: uuid("deal_id")
      .notNull()
      .references(() => deals.id, { onDelete: "cascade" }),
    actorId: text("actor_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    type: text("type").$type<ActivityType>().notNull().default("note"),
    body: text("body"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("idx_activity_deal_time").on(t.dealId, t.occurredAt),
    // Keyset paging of the timelines and the activities grid on (occurred_at, id).
    index("idx_activity_deal_keyset").on(t.dealId, t.occurredAt, t.id),
    index("idx_activity_time").on(t.occurredAt, t.id),
    index("idx_activity_type_time").on(t.type, t.occurredAt, t.id),
    index("idx_activity_actor_time").on(t.actorId, t.occurredAt, t.id),
    check("activities_type_check", sql`${t.type} in ('call','email','note')`),
  ],
);

/**
 * Console-owned rollup (never the products'): each deal's latest activity time and its stage, kept
 * by triggers on activities and on deals' stage (see its migration), so "open deals active in the
 * last 30 days" is one range of a small partial index instead of an anti-join against every
 * activity. Deals without activities have no row.
 */
export const consoleDealLastActivity = pgTable(
  "console_deal_last_activity",
  {
    dealId: uuid("deal_id")
      .primaryKey()
      .references(() => deals.id, { onDelete: "cascade" }),
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull(),
    /** The deal's stage, mirrored. */
    stage: text("stage").$type<DealStage>().notNull(),
  },
  (t) => [index("idx_console_open_deal_last_activity").on(t.lastActivityAt).where(sql`${t.stage} in ('lead', 'qualified')`)],
);

export const companiesRelations = relations(companies, ({ many }) => ({
  contacts: many(contacts),
}));

export const contactsRelations = relations(contacts, ({ one, many }) => ({
  company: one(companies, { fields: [contacts.companyId], references: [companies.id] }),
  owner: one(user, { fields: [contacts.ownerId], references: [user.id] }),
  deals: many(deals),
}));

export const pipelinesRelations = relations(pipelines, ({ many }) => ({
  deals: many(deals),
}));

export const dealsRelations = relations(deals, ({ one, many }) => ({
  contact: one(contacts, { fields: [deals.contactId], references: [contacts.id] }),
  pipeline: one(pipelines, { fields: [deals.pipelineId], references: [pipelines.id] }),
  owner: one(user, { fields: [deals.ownerId], references: [user.id] }),
  activities: many(activities),
}));

export const activitiesRelations = relations(activities, ({ one }) => ({
  deal: one(deals, { fields: [activities.dealId], references: [deals.id] }),
  actor: one(user, { fields: [activities.actorId], references: [user.id] }),
}));

/**
 * Console-owned rollup (never the products'): deals and their amount per pipeline and stage, kept
 * by statement triggers on deals (migration crm_pipeline_stage_totals), so the pipelines list reads
 * a few rows instead of counting every deal, whoever writes the deals.
 */
export const consolePipelineStageTotals = pgTable(
  "console_pipeline_stage_totals",
  {
    pipelineId: uuid("pipeline_id")
      .notNull()
      .references(() => pipelines.id, { onDelete: "cascade" }),
    stage: text("stage").$type<DealStage>().notNull(),
    deals: bigint("deals", { mode: "number" }).notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.pipelineId, t.stage] })],
);
