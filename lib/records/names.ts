import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { cache } from "react";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { companies, deals, funnels, organizations, pipelines, promptLogs, trackedApps } from "@/lib/db/schema";
import { courseTitles } from "@/lib/learning/courses/queries";
import { userNames } from "@/lib/people/queries";
import { recordPages, type RecordKind } from "./routes";

const uuid = z.uuid();

/** Names of a uuid-keyed table's rows by primary key (ids that aren't uuids are simply unknown). */
function namesById(table: PgTable, id: PgColumn, name: PgColumn | SQL<string>) {
  return async (ids: string[]): Promise<Map<string, string>> => {
    const valid = ids.filter((i) => uuid.safeParse(i).success);
    if (valid.length === 0) return new Map();
    const rows = await db.select({ id: sql<string>`${id}::text`, name: sql<string>`${name}` }).from(table).where(inArray(id, valid));
    return new Map(rows.map((r) => [r.id, r.name]));
  };
}

/** Per kind of record with a page: its records' display names by id, for a batch of ids (unknown ids left out). */
const lookups: Record<RecordKind, (ids: string[]) => Promise<Map<string, string>>> = {
  user: userNames,
  aiUser: userNames,
  course: courseTitles,
  organization: namesById(organizations, organizations.id, organizations.name),
  trackedApp: namesById(trackedApps, trackedApps.id, trackedApps.name),
  funnel: namesById(funnels, funnels.id, funnels.name),
  // A prompt has no name: its model and when it was sent.
  promptLog: namesById(promptLogs, promptLogs.id, sql<string>`${promptLogs.model} || ' · ' || to_char(${promptLogs.createdAt} at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')`),
  company: namesById(companies, companies.id, companies.name),
  deal: namesById(deals, deals.id, deals.title),
  pipeline: namesById(pipelines, pipelines.id, pipelines.name),
};

export type RecordRef = { kind: RecordKind; id: string };

/** `kind:id` → name for the records whose page `staff` may open; one query per kind. */
export async function recordNames(staff: Staff, refs: readonly RecordRef[]): Promise<Record<string, string>> {
  const byKind = new Map<RecordKind, Set<string>>();
  for (const ref of refs) {
    const [resource, action] = recordPages[ref.kind].permission;
    if (!can(staff.role, resource, action as never)) continue;
    byKind.set(ref.kind, (byKind.get(ref.kind) ?? new Set()).add(ref.id));
  }
  const names: Record<string, string> = {};
  await Promise.all(
    [...byKind].map(async ([kind, ids]) => {
      for (const [id, name] of await lookups[kind]([...ids])) names[`${kind}:${id}`] = name;
    }),
  );
  return names;
}

/** One record's name, or null when it doesn't exist (memoised per request: the layout and the breadcrumbs ask alike). */
export const recordName = cache(async (staff: Staff, kind: RecordKind, id: string): Promise<string | null> => {
  const names = await recordNames(staff, [{ kind, id }]);
  return names[`${kind}:${id}`] ?? null;
});
