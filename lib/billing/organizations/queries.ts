import "server-only";
import { sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { apiUsage, memberships, organizations, subscriptions } from "@/lib/db/schema";

// Correlated subqueries in a nested sql`` (drizzle drops table names from a single-table select's
// top-level columns). Each is one index lookup per organization row.
const equals = (column: AnyPgColumn, outer: AnyPgColumn) => sql`${column} = ${outer}`;

/** Select fields (on a query from `organizations`) counting what deleting it takes along. */
export const organizationCounts = {
  memberships: sql<number>`(select count(*)::int from ${memberships} where ${equals(memberships.organizationId, organizations.id)})`,
  subscriptions: sql<number>`(select count(*)::int from ${subscriptions} where ${equals(subscriptions.organizationId, organizations.id)})`,
  usageRows: sql<number>`(select count(*)::int from ${apiUsage} where ${equals(apiUsage.organizationId, organizations.id)})`,
};
