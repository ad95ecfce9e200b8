// Hole 2: append-only is enforced by PostgreSQL. Direct UPDATE / DELETE / TRUNCATE of the streams
// and the audit log are refused; erasing their parent (a FK cascade) still removes their rows.
import { sql, type SQL } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

type Fixture = { table: string; id: string; parent: SQL; column: string };

/** One row in each append-only table, each under parents of its own (a fresh user, app, org, deal). */
async function insertStreams(): Promise<Fixture[]> {
  const owner = { id: `ao_${randomUUID()}` };
  await db.execute(sql`insert into "user" (id, name, email, email_verified, created_at, updated_at) values (${owner.id}, 'ao', ${`${owner.id}@example.test`}, true, now(), now())`);
  const [app, org, pipeline, contact, deal] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const ids = { event: randomUUID(), usage: randomUUID(), tokens: randomUUID(), prompt: randomUUID(), activity: randomUUID() };
  await db.execute(sql`insert into tracked_apps (id, owner_id, name, api_key) values (${app}, ${owner.id}, 'ao', ${`key_${app}`})`);
  await db.execute(sql`insert into events (id, app_id, name, occurred_at) values (${ids.event}, ${app}, 'ao', now())`);
  await db.execute(sql`insert into organizations (id, slug, name) values (${org}, ${`ao-${org}`}, 'ao')`);
  await db.execute(sql`insert into api_usage (id, organization_id, credits_used) values (${ids.usage}, ${org}, 1)`);
  await db.execute(sql`insert into token_usage (id, user_id, model) values (${ids.tokens}, ${owner.id}, 'm')`);
  await db.execute(sql`insert into prompt_logs (id, user_id, model, prompt) values (${ids.prompt}, ${owner.id}, 'm', 'p')`);
  await db.execute(sql`insert into pipelines (id, name) values (${pipeline}, 'ao')`);
  await db.execute(sql`insert into contacts (id, email, owner_id) values (${contact}, 'ao@example.test', ${owner.id})`);
  await db.execute(sql`insert into deals (id, contact_id, pipeline_id, owner_id, title) values (${deal}, ${contact}, ${pipeline}, ${owner.id}, 'ao')`);
  await db.execute(sql`insert into activities (id, deal_id, actor_id) values (${ids.activity}, ${deal}, ${owner.id})`);
  return [
    { table: "events", id: ids.event, column: "name", parent: sql`delete from tracked_apps where id = ${app}` },
    { table: "api_usage", id: ids.usage, column: "api_key_id", parent: sql`delete from organizations where id = ${org}` },
    { table: "token_usage", id: ids.tokens, column: "model", parent: sql`delete from "user" where id = ${owner.id}` },
    { table: "prompt_logs", id: ids.prompt, column: "model", parent: sql`delete from "user" where id = ${owner.id}` },
    { table: "activities", id: ids.activity, column: "body", parent: sql`delete from deals where id = ${deal}` },
  ];
}

async function exists(table: string, id: string | number) {
  const rows = await db.execute(sql`select 1 from ${sql.identifier(table)} where id = ${id}`);
  return rows.length === 1;
}

/** The PostgreSQL error a statement fails with (drizzle wraps it), or null when it succeeds. */
async function failure(statement: SQL): Promise<string | null> {
  try {
    await db.execute(statement);
    return null;
  } catch (error) {
    return String((error as { cause?: Error }).cause?.message ?? error);
  }
}

let streams: Fixture[];
beforeEach(async () => {
  streams = await insertStreams();
});

describe("append-only tables", () => {
  it.each(["events", "api_usage", "token_usage", "prompt_logs", "activities"])("%s refuses UPDATE, DELETE and TRUNCATE", async (table) => {
    const row = streams.find((s) => s.table === table)!;
    const t = sql.identifier(table);
    expect(await failure(sql`update ${t} set ${sql.identifier(row.column)} = 'x' where id = ${row.id}`)).toMatch(/append-only: UPDATE/);
    expect(await failure(sql`delete from ${t} where id = ${row.id}`)).toMatch(/append-only: DELETE/);
    expect(await failure(sql`truncate ${t}`)).toMatch(/append-only: TRUNCATE/);
    expect(await failure(sql`truncate ${t} cascade`)).toMatch(/append-only: TRUNCATE/);
    expect(await exists(table, row.id)).toBe(true);
  });

  it.each(["events", "api_usage", "token_usage", "prompt_logs", "activities"])("%s rows still leave with their parent (FK cascade)", async (table) => {
    const row = streams.find((s) => s.table === table)!;
    expect(await failure(row.parent)).toBeNull();
    expect(await exists(table, row.id)).toBe(false);
  });

  it("erasing a user removes their token usage, prompt logs, apps' events and activities in one statement", async () => {
    const [owner] = await db.execute<{ owner_id: string }>(sql`select owner_id from tracked_apps a join events e on e.app_id = a.id where e.id = ${streams[0].id}`);
    expect(await failure(sql`delete from "user" where id = ${owner.owner_id}`)).toBeNull();
    for (const s of streams.filter((s) => s.table !== "api_usage")) expect(await exists(s.table, s.id)).toBe(false);
  });

  it("audit_log refuses UPDATE, DELETE and TRUNCATE, always", async () => {
    const [row] = await db.execute<{ id: number }>(
      sql`insert into audit_log (actor_id, actor_email, actor_role, action, resource) values ('x', 'x@example.test', 'admin', 'test', 'audit') returning id`,
    );
    expect(await failure(sql`update audit_log set action = 'forged' where id = ${row.id}`)).toMatch(/append-only: UPDATE/);
    expect(await failure(sql`delete from audit_log where id = ${row.id}`)).toMatch(/append-only: DELETE/);
    expect(await failure(sql`truncate audit_log`)).toMatch(/append-only: TRUNCATE/);
    expect(await exists("audit_log", row.id)).toBe(true);
  });

  it("a refused statement inside a transaction rolls the whole transaction back", async () => {
    const row = streams.find((s) => s.table === "events")!;
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into pipelines (name) values ('ao-rolled-back')`);
        await tx.execute(sql`delete from events where id = ${row.id}`);
      }),
    ).rejects.toThrow();
    expect(await db.execute(sql`select 1 from pipelines where name = 'ao-rolled-back'`)).toHaveLength(0);
  });
});
