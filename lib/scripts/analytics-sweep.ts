// `npm run analytics:sweep`: ends visitor sessions idle for 30 minutes and forgets expired ingest
// receipts, in bounded rounds, until nothing is left (the ingest endpoint also runs one round at
// most every 30 s per process; run this from cron where ingest traffic is sparse).
import { resolveDatabase } from "@/lib/db/local-database";

const { url, embedded } = await resolveDatabase();
process.env.DATABASE_URL = url;
const { sweepIngest } = await import("@/lib/analytics/ingest/store");
const { closeDatabase } = await import("@/lib/db/client");
let total = { sessionsEnded: 0, receiptsDeleted: 0 };
for (let round = 0; round < 1000; round++) {
  const swept = await sweepIngest(1000);
  total = { sessionsEnded: total.sessionsEnded + swept.sessionsEnded, receiptsDeleted: total.receiptsDeleted + swept.receiptsDeleted };
  if (swept.sessionsEnded < 1000 && swept.receiptsDeleted < 1000) break;
}
console.log(`ended ${total.sessionsEnded} idle sessions, deleted ${total.receiptsDeleted} expired receipts`);
await closeDatabase();
await embedded?.stop();
