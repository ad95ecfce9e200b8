import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Transaction } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { activities, deals } from "@/lib/db/schema";

/** What deleting a contact would take with it: its deals, and the activities logged on them. */
export async function contactDependents(executor: Transaction | typeof db, contactId: string) {
  const [counts] = await executor
    .select({
      deals: sql<number>`count(distinct ${deals.id})::int`,
      activities: sql<number>`count(${activities.id})::int`,
    })
    .from(deals)
    .leftJoin(activities, eq(activities.dealId, deals.id))
    .where(eq(deals.contactId, contactId));
  return counts;
}
