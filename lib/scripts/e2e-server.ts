// Playwright's web server: a fresh throwaway embedded database, migrated and seeded, behind the
// standalone output (`npm run build`: the artifact the Docker image ships). THROUGH_PGBOUNCER=1
// (npm run test:pgbouncer) puts PgBouncer in front — transaction mode, one connection per pool
// (DB_POOL_MAX=1): Neon's pooled endpoint on a serverless host. Everything is removed when
// Playwright stops it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { startPgBouncer } from "@/lib/db/pgbouncer";
import { runStandalone } from "./prepare";

const started = Date.now();
const dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-e2e-"));
const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
await migrateDatabase(database.url);
process.env.DATABASE_URL = database.url;
const { db, closeDatabase } = await import("@/lib/db/client");
const { seedDatabase } = await import("@/lib/db/seed");
await seedDatabase(db);
await closeDatabase();
const bouncer = process.env.THROUGH_PGBOUNCER === "1" ? await startPgBouncer(database.url, await freePort()) : null;
console.log(`e2e database ready in ${Date.now() - started} ms${bouncer ? " (served through PgBouncer, transaction mode, DB_POOL_MAX=1)" : ""}`);

const port = process.env.PORT ?? "3100";
runStandalone(
  {
    ...process.env,
    PORT: port,
    DATABASE_URL: bouncer?.url ?? database.url,
    ...(bouncer ? { DB_POOL_MAX: "1" } : {}),
    BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-123456",
    BETTER_AUTH_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    // The specs sign the seeded admin in one step; e2e/two-factor.spec.ts starts its own server with STAFF_2FA=required.
    STAFF_2FA: process.env.STAFF_2FA ?? "optional",
  },
  async () => {
    bouncer?.stop();
    await database.stop();
  },
);
