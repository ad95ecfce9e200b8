import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { DEMO_USER_ID_PREFIX, DEMO_UUID_PREFIX, demoUuid } from "./ids";
import { seedDatabase } from "./index";

/** A LIKE pattern matching the demo rows of one kind (their ids share a prefix). */
const demoPrefix = (kind: Parameters<typeof demoUuid>[0]) => `${demoUuid(kind, 0).slice(0, 9)}%`;

// Every table the demo seed writes, children before parents (the order the cleanup deletes in).
const demoTables = [
  "activities", "deals", "contacts", "companies", "pipelines",
  "prompt_logs", "token_usage", "user_profiles",
  "funnels", "events", "sessions", "tracked_apps",
  "api_usage", "subscriptions", "plans", "memberships", "organizations",
  "lesson_progress", "enrollments", "lessons", "modules", "courses",
] as const;
const authTables = ["user", "account", "session"] as const;

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await db.execute<{ n: number }>(query);
  return Number(row.n);
}

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...authTables, ...demoTables]) {
    counts[table] = await count(sql`select count(*) as n from ${sql.identifier(table)}`);
  }
  return counts;
}

/** A digest of every demo row's id per table: equal digests mean the very same rows. */
async function demoRowDigests(): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of demoTables) {
    const [row] = await db.execute<{ digest: string }>(
      sql`select md5(coalesce(string_agg(id::text, ',' order by id), '')) as digest from ${sql.identifier(table)}`,
    );
    digests[table] = row.digest;
  }
  return digests;
}

// Append-only tables refuse a direct DELETE (see drizzle's append_only_tables migration): their
// demo rows leave with their parents (deals, users, tracked apps, organizations) by FK cascade.
const appendOnly = new Set(["activities", "prompt_logs", "token_usage", "events", "api_usage"]);

async function deleteDemoData() {
  for (const table of demoTables.filter((t) => !appendOnly.has(t))) {
    await db.execute(sql`delete from ${sql.identifier(table)} where id::text like ${`${DEMO_UUID_PREFIX}%`}`);
  }
  await db.execute(sql`delete from "user" where id like ${`${DEMO_USER_ID_PREFIX}%`}`);
}

describe("seedDatabase", () => {
  let countsAfterFirstRun: Record<string, number>;
  let digestsAfterFirstRun: Record<string, string>;

  beforeAll(async () => {
    await seedDatabase(db);
    countsAfterFirstRun = await rowCounts();
    digestsAfterFirstRun = await demoRowDigests();
  }, 120_000);

  // Leave the shared test database as the other test files expect it: without demo data.
  afterAll(deleteDemoData, 60_000);

  it("writes rows into every table of the five products and Better Auth's user/account/session", () => {
    for (const table of [...authTables, ...demoTables]) expect(countsAfterFirstRun[table], table).toBeGreaterThan(0);
  });

  it("creates data at the advertised scale", async () => {
    expect(await count(sql`select count(*) as n from "user" where role = 'user'`)).toBeGreaterThanOrEqual(400);
    expect(countsAfterFirstRun.courses).toBeGreaterThanOrEqual(24);
    expect(countsAfterFirstRun.organizations).toBeGreaterThanOrEqual(24);
    expect(countsAfterFirstRun.tracked_apps).toBeGreaterThanOrEqual(24);
    // Other test files add plans of their own to the shared database: count the demo ones.
    expect(await count(sql`select count(*) as n from plans where id::text like ${demoPrefix("plan")}`)).toBe(3);
    expect(countsAfterFirstRun.enrollments).toBeGreaterThanOrEqual(1_000);
    expect(countsAfterFirstRun.lesson_progress).toBeGreaterThanOrEqual(1_000);
    expect(countsAfterFirstRun.events).toBeGreaterThanOrEqual(10_000);
    expect(countsAfterFirstRun.token_usage).toBeGreaterThanOrEqual(1_000);
    expect(countsAfterFirstRun.deals).toBeGreaterThanOrEqual(1_000);
  });

  it("creates nothing new when run again", async () => {
    await seedDatabase(db);
    expect(await rowCounts()).toEqual(countsAfterFirstRun);
    expect(await demoRowDigests()).toEqual(digestsAfterFirstRun);
  });

  it("keeps related rows consistent", async () => {
    // Completed lessons have a completion time, others none.
    expect(await count(sql`select count(*) as n from lesson_progress where (status = 'completed') <> (completed_at is not null)`)).toBe(0);
    // Progress only for courses the student is enrolled in.
    expect(
      await count(sql`select count(*) as n from lesson_progress p
        join lessons l on l.id = p.lesson_id join modules m on m.id = l.module_id
        where not exists (select 1 from enrollments e where e.course_id = m.course_id and e.student_id = p.student_id)`),
    ).toBe(0);
    // Draft courses have no students.
    expect(await count(sql`select count(*) as n from enrollments e join courses c on c.id = e.course_id where c.status = 'draft'`)).toBe(0);
    // Every organization has exactly one owner and exactly one subscription.
    expect(
      await count(sql`select count(*) as n from organizations o
        where o.id::text like ${demoPrefix("organization")} and ((select count(*) from memberships m where m.organization_id = o.id and m.role = 'owner') <> 1
           or (select count(*) from subscriptions s where s.organization_id = o.id) <> 1)`),
    ).toBe(0);
    // Closed deals closed in the past; open deals are expected to close in the future.
    expect(
      await count(sql`select count(*) as n from deals where id::text like ${demoPrefix("deal")} and (stage in ('won','lost')) <> (close_date <= now())`),
    ).toBe(0);
    // Append-only streams lie in the last 90 days.
    expect(await count(sql`select count(*) as n from events where id::text like ${demoPrefix("event")} and (occurred_at < now() - interval '91 days' or occurred_at > now())`)).toBe(0);
    expect(await count(sql`select count(*) as n from tracked_apps where id::text like ${demoPrefix("trackedApp")} and api_key !~ '^sk_live_[0-9a-f]{32}$'`)).toBe(0);
  });

  it("orders modules and lessons by position without gaps", async () => {
    // Only the seed's own rows: other test files add curricula of their own to this database.
    const demoIds = `${DEMO_UUID_PREFIX}%`;
    expect(
      await count(sql`select count(*) as n from (
        select position, row_number() over (partition by course_id order by position) as expected
          from modules where id::text like ${demoIds}
        union all
        select position, row_number() over (partition by module_id order by position)
          from lessons where id::text like ${demoIds}
      ) positions where position <> expected`),
    ).toBe(0);
  });

  it("restores exactly the deleted rows when demo data was partly deleted", async () => {
    // Deleting the marker user (and all it owns) and a course makes the next run write again.
    await db.execute(sql`delete from "user" where id = ${`${DEMO_USER_ID_PREFIX}0001`}`);
    await db.execute(sql`delete from courses where id = ${demoUuid("course", 1)}`);
    expect(await rowCounts()).not.toEqual(countsAfterFirstRun);
    // The same rows come back at another time of day and week: only timestamps follow the clock.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - (3 * 24 + 7) * 3_600_000);
    try {
      await seedDatabase(db);
    } finally {
      vi.useRealTimers();
    }
    expect(await rowCounts()).toEqual(countsAfterFirstRun);
    expect(await demoRowDigests()).toEqual(digestsAfterFirstRun);
  }, 120_000);
});
