// The migrated database, read back from PostgreSQL's catalog, has every table, column, CHECK
// constraint, unique constraint, index and foreign-key delete rule the five products' own schemas name (kept as those apps have them)
// (plus Better Auth's tables with the admin plugin's columns, and the console's audit_log).
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

const expectedColumns: Record<string, string[]> = {
  // Better Auth, with the admin plugin's columns.
  user: ["id", "name", "email", "email_verified", "image", "created_at", "updated_at", "role", "banned", "ban_reason", "ban_expires", "two_factor_enabled"],
  session: ["id", "expires_at", "token", "created_at", "updated_at", "ip_address", "user_agent", "user_id", "impersonated_by"],
  account: [
    "id", "account_id", "provider_id", "user_id", "access_token", "refresh_token", "id_token",
    "access_token_expires_at", "refresh_token_expires_at", "scope", "password", "created_at", "updated_at",
  ],
  verification: ["id", "identifier", "value", "expires_at", "created_at", "updated_at"],
  // LMS
  courses: ["id", "slug", "title", "instructor_id", "status", "created_at"],
  modules: ["id", "course_id", "title", "position", "created_at"],
  lessons: ["id", "module_id", "title", "position", "content_type", "created_at"],
  enrollments: ["id", "course_id", "student_id", "enrolled_at"],
  lesson_progress: ["id", "lesson_id", "student_id", "status", "completed_at"],
  // SaaS (with the Polar sync columns)
  organizations: ["id", "slug", "name", "created_at"],
  memberships: ["id", "organization_id", "user_id", "role", "created_at"],
  plans: ["id", "slug", "name", "price_cents", "monthly_credits", "polar_product_id"],
  subscriptions: [
    "id", "organization_id", "plan_id", "status", "provider_sub_id", "current_period_end", "created_at",
    "polar_subscription_id", "polar_event_at",
  ],
  api_usage: ["id", "organization_id", "api_key_id", "credits_used", "created_at"],
  // Product analytics
  tracked_apps: ["id", "owner_id", "name", "api_key", "created_at"],
  events: ["id", "app_id", "name", "anonymous_id", "properties", "occurred_at"],
  sessions: ["id", "app_id", "anonymous_id", "started_at", "ended_at"],
  funnels: ["id", "app_id", "name", "steps", "created_at"],
  // AI wrapper
  user_profiles: ["id", "user_id", "display_name", "default_model", "monthly_token_budget", "created_at"],
  token_usage: ["id", "user_id", "model", "prompt_tokens", "completion_tokens", "cost_microcents", "created_at"],
  prompt_logs: [
    "id", "user_id", "model", "prompt", "completion", "prompt_tokens", "completion_tokens", "latency_ms", "status",
    "metadata", "created_at",
  ],
  // CRM
  companies: ["id", "name", "domain", "created_at"],
  contacts: ["id", "company_id", "email", "name", "owner_id", "created_at"],
  pipelines: ["id", "name", "created_at"],
  deals: ["id", "contact_id", "pipeline_id", "owner_id", "title", "amount_cents", "stage", "close_date", "created_at"],
  activities: ["id", "deal_id", "actor_id", "type", "body", "occurred_at"],
  // The console's own audit trail
  audit_log: [
    "id", "actor_id", "actor_email", "actor_role", "impersonator_id", "action", "resource", "resource_id",
    "before", "after", "ip", "user_agent", "created_at",
  ],
};

/** Money and meters are integers, never floats. */
const integerColumns: [table: string, column: string, type: string][] = [
  ["plans", "price_cents", "integer"],
  ["plans", "monthly_credits", "bigint"],
  ["api_usage", "credits_used", "bigint"],
  ["deals", "amount_cents", "bigint"],
  ["token_usage", "cost_microcents", "bigint"],
  ["user_profiles", "monthly_token_budget", "bigint"],
];

const checkConstraints: [name: string, table: string, allowed: string[]][] = [
  ["courses_status_check", "courses", ["draft", "published", "archived"]],
  ["lessons_content_type_check", "lessons", ["video", "text", "quiz"]],
  ["lesson_progress_status_check", "lesson_progress", ["not_started", "in_progress", "completed"]],
  ["memberships_role_check", "memberships", ["owner", "admin", "member"]],
  ["subscriptions_status_check", "subscriptions", ["trialing", "active", "past_due", "canceled"]],
  ["prompt_logs_status_check", "prompt_logs", ["ok", "error", "filtered"]],
  ["deals_stage_check", "deals", ["lead", "qualified", "won", "lost"]],
  ["activities_type_check", "activities", ["call", "email", "note"]],
];

const namedUniqueConstraints: [name: string, table: string, columns: string][] = [
  ["enrollments_course_student_unique", "enrollments", "course_id,student_id"],
  ["lesson_progress_student_lesson_unique", "lesson_progress", "student_id,lesson_id"],
  ["memberships_org_user_unique", "memberships", "organization_id,user_id"],
  ["subscriptions_org_unique", "subscriptions", "organization_id"],
];

const uniqueColumns: [table: string, column: string][] = [
  ["courses", "slug"],
  ["organizations", "slug"],
  ["plans", "slug"],
  ["plans", "polar_product_id"],
  ["subscriptions", "polar_subscription_id"],
  ["tracked_apps", "api_key"],
  ["user_profiles", "user_id"],
  ["user", "email"],
  ["session", "token"],
];

const indexes: [name: string, table: string, columns: string][] = [
  ["idx_course_slug", "courses", "slug"],
  ["idx_course_instructor", "courses", "instructor_id"],
  ["idx_module_course", "modules", "course_id,position"],
  ["idx_lesson_module", "lessons", "module_id,position"],
  ["idx_enrollment_student", "enrollments", "student_id"],
  ["idx_progress_student_lesson", "lesson_progress", "student_id,lesson_id"],
  ["idx_org_slug", "organizations", "slug"],
  ["idx_membership_user", "memberships", "user_id"],
  ["idx_sub_status", "subscriptions", "status"],
  ["idx_sub_org", "subscriptions", "organization_id"],
  ["idx_usage_org_time", "api_usage", "organization_id,created_at"],
  ["idx_app_owner", "tracked_apps", "owner_id"],
  ["idx_event_app_time", "events", "app_id,occurred_at"],
  ["idx_session_app", "sessions", "app_id"],
  ["idx_profile_model", "user_profiles", "default_model"],
  ["idx_usage_user_time", "token_usage", "user_id,created_at"],
  ["idx_usage_model", "token_usage", "model"],
  ["idx_log_user_time", "prompt_logs", "user_id,created_at"],
  ["idx_company_domain", "companies", "domain"],
  ["idx_contact_company", "contacts", "company_id"],
  ["idx_contact_owner", "contacts", "owner_id"],
  ["idx_deal_stage", "deals", "stage"],
  ["idx_deal_contact", "deals", "contact_id"],
  ["idx_activity_deal_time", "activities", "deal_id,occurred_at"],
  ["session_userId_idx", "session", "user_id"],
  ["account_userId_idx", "account", "user_id"],
  ["verification_identifier_idx", "verification", "identifier"],
  ["idx_audit_time", "audit_log", "created_at,id"],
  ["idx_audit_actor_time", "audit_log", "actor_id,created_at"],
  ["idx_audit_resource", "audit_log", "resource,resource_id"],
];

type DeleteRule = "cascade" | "set null" | "no action";
const foreignKeys: [table: string, column: string, references: string, onDelete: DeleteRule][] = [
  ["account", "user_id", "user", "cascade"],
  ["activities", "actor_id", "user", "cascade"],
  ["activities", "deal_id", "deals", "cascade"],
  ["api_usage", "organization_id", "organizations", "cascade"],
  ["contacts", "company_id", "companies", "set null"],
  ["contacts", "owner_id", "user", "cascade"],
  ["courses", "instructor_id", "user", "cascade"],
  ["deals", "contact_id", "contacts", "cascade"],
  ["deals", "owner_id", "user", "cascade"],
  ["deals", "pipeline_id", "pipelines", "no action"],
  ["enrollments", "course_id", "courses", "cascade"],
  ["enrollments", "student_id", "user", "cascade"],
  ["events", "app_id", "tracked_apps", "cascade"],
  ["funnels", "app_id", "tracked_apps", "cascade"],
  ["lesson_progress", "lesson_id", "lessons", "cascade"],
  ["lesson_progress", "student_id", "user", "cascade"],
  ["lessons", "module_id", "modules", "cascade"],
  ["memberships", "organization_id", "organizations", "cascade"],
  ["memberships", "user_id", "user", "cascade"],
  ["modules", "course_id", "courses", "cascade"],
  ["prompt_logs", "user_id", "user", "cascade"],
  ["session", "user_id", "user", "cascade"],
  ["sessions", "app_id", "tracked_apps", "cascade"],
  ["subscriptions", "organization_id", "organizations", "cascade"],
  ["subscriptions", "plan_id", "plans", "no action"],
  ["token_usage", "user_id", "user", "cascade"],
  ["tracked_apps", "owner_id", "user", "cascade"],
  ["user_profiles", "user_id", "user", "cascade"],
];

const deleteRuleCodes: Record<string, DeleteRule | "restrict" | "set default"> = {
  a: "no action",
  r: "restrict",
  c: "cascade",
  n: "set null",
  d: "set default",
};

type Catalog = {
  columns: { table: string; column: string; type: string }[];
  constraints: { name: string; table: string; kind: string; columns: string; definition: string }[];
  indexes: { name: string; table: string; columns: string }[];
  foreignKeys: { table: string; column: string; references: string; deleteRule: string }[];
};

async function readCatalog(): Promise<Catalog> {
  const columns = await db.execute<Catalog["columns"][number]>(sql`
    select table_name as table, column_name as column, data_type as type
    from information_schema.columns where table_schema = 'public'`);
  const constraints = await db.execute<Catalog["constraints"][number]>(sql`
    select con.conname as name, rel.relname as table, con.contype as kind,
           coalesce(string_agg(att.attname, ',' order by key.ord), '') as columns,
           pg_get_constraintdef(con.oid) as definition
    from pg_constraint con
    join pg_class rel on rel.oid = con.conrelid
    left join lateral unnest(con.conkey) with ordinality as key(attnum, ord) on true
    left join pg_attribute att on att.attrelid = con.conrelid and att.attnum = key.attnum
    where rel.relnamespace = 'public'::regnamespace
    group by con.oid, con.conname, rel.relname, con.contype`);
  const indexRows = await db.execute<Catalog["indexes"][number]>(sql`
    select idx.relname as name, tbl.relname as table, string_agg(att.attname, ',' order by key.ord) as columns
    from pg_index ix
    join pg_class idx on idx.oid = ix.indexrelid
    join pg_class tbl on tbl.oid = ix.indrelid
    cross join lateral unnest(ix.indkey::int2[]) with ordinality as key(attnum, ord)
    join pg_attribute att on att.attrelid = tbl.oid and att.attnum = key.attnum
    where tbl.relnamespace = 'public'::regnamespace
    group by idx.relname, tbl.relname`);
  const foreignKeyRows = await db.execute<Catalog["foreignKeys"][number]>(sql`
    select src.relname as table, att.attname as column, dst.relname as references, con.confdeltype as "deleteRule"
    from pg_constraint con
    join pg_class src on src.oid = con.conrelid
    join pg_class dst on dst.oid = con.confrelid
    join pg_attribute att on att.attrelid = con.conrelid and att.attnum = con.conkey[1]
    where con.contype = 'f' and src.relnamespace = 'public'::regnamespace`);
  return { columns: [...columns], constraints: [...constraints], indexes: [...indexRows], foreignKeys: [...foreignKeyRows] };
}

describe("database schema (from the PostgreSQL catalog)", () => {
  let catalog: Catalog;

  beforeAll(async () => {
    catalog = await readCatalog();
  });

  it.each(Object.entries(expectedColumns))("table %s has its documented columns", (table, columns) => {
    const actual = catalog.columns.filter((c) => c.table === table).map((c) => c.column);
    expect(actual.length, `table ${table} exists`).toBeGreaterThan(0);
    expect(actual).toEqual(expect.arrayContaining(columns));
  });

  it.each(Object.entries(expectedColumns))("table %s has no column beyond its documented ones", (table, columns) => {
    const actual = catalog.columns.filter((c) => c.table === table).map((c) => c.column);
    expect(actual.sort()).toEqual([...columns].sort());
  });

  it("names every foreign key of these tables, each with its delete rule", () => {
    const listed = foreignKeys.map(([table, column]) => `${table}.${column}`).sort();
    const actual = catalog.foreignKeys.filter((f) => Object.hasOwn(expectedColumns, f.table)).map((f) => `${f.table}.${f.column}`);
    expect(actual.sort()).toEqual(listed);
  });

  it.each(integerColumns)("%s.%s is %s", (table, column, type) => {
    expect(catalog.columns.find((c) => c.table === table && c.column === column)?.type).toBe(type);
  });

  it.each(checkConstraints)("CHECK %s on %s allows exactly its values", (name, table, allowed) => {
    const constraint = catalog.constraints.find((c) => c.name === name && c.kind === "c");
    expect(constraint?.table).toBe(table);
    const values = [...constraint!.definition.matchAll(/'([^']*)'/g)].map((m) => m[1]);
    expect(values.sort()).toEqual([...allowed].sort());
  });

  it.each(namedUniqueConstraints)("UNIQUE %s on %s(%s)", (name, table, columns) => {
    expect(catalog.constraints.find((c) => c.name === name && c.kind === "u")).toMatchObject({ table, columns });
  });

  it.each(uniqueColumns)("%s.%s is unique", (table, column) => {
    const unique = catalog.constraints.find((c) => c.table === table && c.kind === "u" && c.columns === column);
    expect(unique, `unique constraint on ${table}(${column})`).toBeDefined();
  });

  it.each(indexes)("index %s on %s(%s)", (name, table, columns) => {
    expect(catalog.indexes.find((i) => i.name === name)).toEqual({ name, table, columns });
  });

  it.each(foreignKeys)("%s.%s references %s, on delete %s", (table, column, references, onDelete) => {
    const foreignKey = catalog.foreignKeys.find((f) => f.table === table && f.column === column);
    expect(foreignKey?.references).toBe(references);
    expect(deleteRuleCodes[foreignKey!.deleteRule]).toBe(onDelete);
  });
});
