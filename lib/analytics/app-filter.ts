import "server-only";
// The App filter of the analytics grids: an app's id (the app page links with it) or part of its name.
import { eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { containsPattern } from "@/lib/data-table/sql";
import { trackedApps } from "@/lib/db/schema";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string) => uuidPattern.test(value);

/** `appId` is the grid row's app id column; the grid joins tracked_apps for the name. */
export function appCondition(appId: AnyPgColumn, value: string): SQL {
  return isUuid(value) ? eq(appId, value) : sql`${trackedApps.name} ilike ${containsPattern(value)}`;
}
