// The health route and the "database unavailable" test, against the real test database and a real
// connection refused by a port nothing listens on.
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { answeringOutages } from "@/lib/http/database-outage";
import { isDatabaseUnavailable } from "./availability";
import { freePort } from "./embedded";

describe("GET /api/health", () => {
  it("is ready on a migrated database and names the migration the build expects", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({ status: "ready", database: "up", migration: body.expectedMigration, expectedMigration: expect.stringMatching(/^\d{4}_\w+$/) });
  });
});

describe("isDatabaseUnavailable", () => {
  it("recognises a refused connection, also when wrapped as a cause (drizzle, Better Auth)", async () => {
    const sql = postgres(`postgres://postgres:x@127.0.0.1:${await freePort()}/none`, { max: 1, connect_timeout: 2, onnotice: () => {} });
    const refused = await sql`select 1`.catch((error: unknown) => error);
    await sql.end();
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: new Error("twice", { cause: refused }) }))).toBe(true);
  });

  it("does not take a query error for an outage", async () => {
    const sql = postgres(process.env.DATABASE_URL!, { max: 1, prepare: false, onnotice: () => {} });
    const invalid = await sql`select * from no_such_table`.catch((error: unknown) => error);
    await sql.end();
    expect(isDatabaseUnavailable(invalid)).toBe(false);
    expect(isDatabaseUnavailable(new Error("plain"))).toBe(false);
  });
});

describe("answeringOutages", () => {
  it("keeps a handler's own 500 while the database answers (the outage's 503 is e2e/production.spec.ts's)", async () => {
    const handler = answeringOutages(async () => Response.json({ error: "own" }, { status: 500 }));
    const response = await handler();
    expect([response.status, await response.json()]).toEqual([500, { error: "own" }]);
  });
});
