// Playwright's web server: a fresh throwaway embedded database, migrated and seeded, behind
// `next start` (the production build). Everything is removed when Playwright stops it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";
import { runServer } from "./prepare";

const started = Date.now();
const dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-e2e-"));
const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
await migrateDatabase(database.url);
process.env.DATABASE_URL = database.url;
const { db, closeDatabase } = await import("@/lib/db/client");
const { seedDatabase } = await import("@/lib/db/seed");
await seedDatabase(db);
await closeDatabase();
console.log(`e2e database ready in ${Date.now() - started} ms`);

const port = process.env.PORT ?? "3100";
runServer(
  {
    ...process.env,
    PORT: port,
    DATABASE_URL: database.url,
    BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-123456",
    BETTER_AUTH_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  },
  () => database.stop(),
);
