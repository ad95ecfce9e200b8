// For a load balancer: no session, no caching. Ready = the database answers and has at least the
// newest migration this build ships (a newer one is fine: during a rolling deploy the new release
// migrates first and old instances keep serving). Says nothing else about the system.
import { databaseState, expectedMigration } from "@/lib/db/availability";
import journal from "@/drizzle/meta/_journal.json";

export const dynamic = "force-dynamic";

export async function GET() {
  const { up, appliedAt } = await databaseState();
  const applied = appliedAt === null ? null : (journal.entries.find((e) => e.when === appliedAt)?.tag ?? String(appliedAt));
  const ready = up && appliedAt !== null && appliedAt >= expectedMigration.when;
  return Response.json(
    { status: ready ? "ready" : "not-ready", database: up ? "up" : "down", migration: applied, expectedMigration: expectedMigration.tag },
    { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
