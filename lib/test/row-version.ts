// The version an edit form would be loaded with right now (the row's xmin), for action tests.
import { eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { versionOf } from "@/lib/actions/lock-row";
import { db } from "@/lib/db/client";

export async function versionNow(table: PgTable & { id: PgColumn }, id: string): Promise<string> {
  const [row] = await db.select({ version: versionOf(table) }).from(table).where(eq(table.id, id));
  return row.version;
}
