// `npm run db:scale [-- --force | --refill=<table>]`: fills the separate scale database with
// production-sized data (see sizes.ts) for `npm run bench`. Skips when a complete load is already
// there; --refill reloads one table of it (see refillScaleTable).
import { emptyDatabase, migrateDatabase } from "@/lib/db/migrate";
import { demoLogins, insertLogin } from "@/lib/db/seed/staff";
import { startScaleDatabase } from "./database";
import { isScaleDataComplete, loadScaleData, refillScaleTable } from "./load";

const force = process.argv.includes("--force");
const refill = process.argv.find((arg) => arg.startsWith("--refill="))?.slice("--refill=".length);
const started = performance.now();
const database = await startScaleDatabase();
console.log(`scale database: ${database.description}`);

try {
  if (refill) {
    await migrateDatabase(database.url);
    console.log(`${refill}: ${(await refillScaleTable(database.url, refill)).toLocaleString("en-US")} rows`);
  } else if (!force && (await isScaleDataComplete(database.url))) {
    // New migrations (e.g. indexes) still land on the existing data.
    await migrateDatabase(database.url);
    console.log("already filled — migrations applied, load skipped (pass --force to rebuild)");
  } else {
    // A partial or forced load starts over from empty tables.
    await emptyDatabase(database.url);
    await migrateDatabase(database.url);
    process.env.DATABASE_URL = database.url;
    const { db, closeDatabase } = await import("@/lib/db/client");
    for (const login of demoLogins) await insertLogin(db, login);
    await closeDatabase();
    console.log("migrated; staff logins inserted; loading:");
    const timings = await loadScaleData(database.url);
    const rows = timings.reduce((sum, t) => sum + t.rows, 0);
    console.log(`loaded ${rows.toLocaleString("en-US")} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await database.embedded?.stop();
}
