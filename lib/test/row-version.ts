// Edit-conflict test helpers: the version an edit form would be loaded with right now (the row's
// xmin), and the race every edit action must win: two edits opened on one version.
import { and, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { expect } from "vitest";
import { versionOf } from "@/lib/actions/lock-row";
import type { Resource } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import type { ActionResult } from "@/lib/forms/action-result";

type TableWithId = PgTable & { id: PgColumn };

export async function versionNow(table: TableWithId, id: string): Promise<string> {
  const [row] = await db.select({ version: versionOf(table) }).from(table).where(eq(table.id, id));
  return row.version;
}

const auditRowsOf = (resource: Resource, id: string) =>
  db.$count(auditLog, and(eq(auditLog.resource, resource), eq(auditLog.resourceId, id)));

/**
 * Sends two edits of one record, both opened on its current version, at once. Asserts exactly one
 * saves, the other is refused on `version` with "Changed by <by> at <when> since you opened it",
 * and only the saved one is audited. Returns which edit (0 or 1) saved: the caller checks that the
 * record holds its values.
 */
export async function raceTwoEdits(
  { table, resource, id, by }: { table: TableWithId; resource: Resource; id: string; by: string },
  edit: (version: string, which: 0 | 1) => Promise<ActionResult<unknown> | undefined>,
): Promise<0 | 1> {
  const opened = await versionNow(table, id);
  const audited = await auditRowsOf(resource, id);
  const results = await Promise.all([edit(opened, 0), edit(opened, 1)]);

  expect(results.map((r) => r?.serverError)).toEqual([undefined, undefined]);
  expect(results.filter((r) => r?.data)).toHaveLength(1);
  const saved = results[0]?.data ? 0 : 1;
  expect(results[1 - saved]?.validationErrors?.fieldErrors.version).toEqual([
    expect.stringMatching(new RegExp(`^Changed by ${by} at \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC since you opened it\\. Nothing was saved`)),
  ]);
  expect(await auditRowsOf(resource, id)).toBe(audited + 1);
  return saved;
}
