// A deployment's migration step (the Docker image's `node migrate.mjs`, run once per release before
// the new instances start): applies drizzle/ to DATABASE_URL and exits. No seed, no embedded database.
import { migrateDatabase } from "@/lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(2);
}
const started = Date.now();
await migrateDatabase(url);
console.log(`migrations applied in ${Date.now() - started} ms`);
