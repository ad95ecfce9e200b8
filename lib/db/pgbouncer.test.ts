// Through PgBouncer 1.18 in transaction mode with one connection (the serverless setting), the
// console's client must answer queries run side by side, with and without parameters, and
// transactions (postgres-js' and drizzle's, nested ones too) next to them.
import { existsSync } from "node:fs";
import { sql as drizzleSql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectClient } from "./client";
import { pgbouncerBinary, startPgBouncer } from "./pgbouncer";

const port = Number(process.env.PGBOUNCER_TEST_PORT ?? 64432);

function withinSeconds<T>(seconds: number, work: Promise<T>) {
  const timeout = new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), seconds * 1000));
  return Promise.race([work, timeout]);
}

describe.skipIf(!existsSync(pgbouncerBinary))("through PgBouncer (transaction mode, max 1)", () => {
  let bouncer: Awaited<ReturnType<typeof startPgBouncer>>;
  let sql: ReturnType<typeof connectClient>;
  beforeAll(async () => {
    bouncer = await startPgBouncer(process.env.DATABASE_URL!, port);
    sql = connectClient(bouncer.url, { max: 1 });
    await sql`create table pgbouncer_probe (n int not null)`;
  });
  afterAll(async () => {
    if (sql) {
      await sql`drop table if exists pgbouncer_probe`;
      await sql.end({ timeout: 1 });
    }
    bouncer?.stop();
  });

  async function probeRows() {
    return (await sql<{ n: number }[]>`select n from pgbouncer_probe order by n`).map((row) => row.n);
  }

  it("answers queries with and without parameters side by side", async () => {
    const answers = Promise.all([sql`select 1 as n`, sql`select ${2}::int as n`, sql`select ${3}::int as n`, sql`select 4 as n`]);
    const outcome = await withinSeconds(3, answers);
    expect(outcome === "hung" ? outcome : outcome.map((rows) => rows[0].n)).toEqual([1, 2, 3, 4]);
  });

  // The overview's shape, which hung the console behind PgBouncer 1.18 while postgres-js pipelined
  // a parameterised query (Parse/Describe/Flush) behind a parameterless one's Sync: see client.ts.
  it("answers rounds of parameterless and parameterised queries side by side", async () => {
    const rounds = (async () => {
      for (let round = 0; round < 30; round++) {
        const rows = await Promise.all([sql`select 1 as n`, sql`select ${round}::int as n`, sql`select 2 as n`, sql`select ${"x"}::text as n`, sql`select 3 as n`]);
        expect(rows.map((r) => r[0].n)).toEqual([1, round, 2, "x", 3]);
      }
      return "done";
    })();
    expect(await withinSeconds(15, rounds)).toBe("done");
  });

  it("runs a transaction next to plain queries, commits it, and rolls a failed one back", async () => {
    const committed = sql.begin(async (tx) => {
      await tx`insert into pgbouncer_probe values (${1})`;
      return tx`select count(*)::int as n from pgbouncer_probe`;
    });
    const failed = sql.begin(async (tx) => {
      await tx`insert into pgbouncer_probe values (${2})`;
      throw new Error("refused");
    });
    const outcome = await withinSeconds(5, Promise.allSettled([committed, sql`select ${6}::int as n`, failed, sql`select 7 as n`]));
    if (outcome === "hung") throw new Error("hung");
    const [inTx, plain, refused, parameterless] = outcome;
    expect(inTx.status === "fulfilled" && inTx.value[0].n).toBe(1);
    expect(plain.status === "fulfilled" && plain.value[0].n).toBe(6);
    expect(refused.status === "rejected" && (refused.reason as Error).message).toBe("refused");
    expect(parameterless.status === "fulfilled" && parameterless.value[0].n).toBe(7);
    expect(await probeRows()).toEqual([1]);
  });

  it("runs drizzle's transactions, with a savepoint, next to plain drizzle queries", async () => {
    const db = drizzle({ client: sql });
    await sql`truncate pgbouncer_probe`;
    const work = Promise.all([
      db.transaction(async (tx) => {
        await tx.execute(drizzleSql`insert into pgbouncer_probe values (${10})`);
        await tx.transaction(async (nested) => {
          await nested.execute(drizzleSql`insert into pgbouncer_probe values (${11})`);
          nested.rollback();
        }).catch(() => "rolled back");
        await tx.execute(drizzleSql`insert into pgbouncer_probe values (${12})`);
      }),
      db.execute(drizzleSql`select ${1}::int as n`),
      db.transaction(async (tx) => {
        await tx.execute(drizzleSql`insert into pgbouncer_probe values (${20})`);
        tx.rollback();
      }).catch(() => "rolled back"),
      db.execute(drizzleSql`select 2 as n`),
    ]);
    const outcome = await withinSeconds(5, work);
    expect(outcome === "hung" ? outcome : "answered").toBe("answered");
    expect(await probeRows()).toEqual([10, 12]);
  });
});
