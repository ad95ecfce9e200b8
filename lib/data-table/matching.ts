import "server-only";
// "Select all N matching" on the server: a bulk action gets the grid's query (what the screen
// filters by) and the count the person confirmed, re-reads the matching rows in its own
// transaction and works through them in bounded batches. A changed count is refused, so nothing
// beyond what was confirmed is touched.
import { and, count, sql } from "drizzle-orm";
import { z } from "zod";
import { ActionError } from "@/lib/actions/errors";
import type { Transaction } from "@/lib/db/client";
import { EXACT_COUNT_CAP } from "./estimate";
import { loadGridState } from "./search-params";
import { gridWhere, selectFromGrid, type GridBinding } from "./sql";

/** At most this many rows per "all matching" action (one transaction): the grids count exactly up to here. */
export const maxMatching = EXACT_COUNT_CAP;
const batchSize = 500;

/** The input of an "all matching" action: the grid's query string (plain keys) and the confirmed count. */
export const matchingSelection = z.object({
  query: z.string().max(4_000),
  count: z.int().min(1).max(maxMatching, { error: `At most ${maxMatching.toLocaleString("en-US")} rows at a time.` }),
});

export type MatchingSelection = z.output<typeof matchingSelection>;

/**
 * Runs `work` on the ids of every row matching `selection.query` (search and filters, as the grid
 * parses them), `batchSize` at a time in id order, inside `tx`. Refuses when the rows matching now
 * are not the number confirmed. Returns how many rows it handed to `work`.
 */
export async function forEachMatchingBatch(
  tx: Transaction,
  binding: GridBinding,
  selection: MatchingSelection,
  work: (ids: string[]) => Promise<void>,
): Promise<number> {
  // The client sends plain keys, whatever prefix the grid has on its page.
  const state = loadGridState({ ...binding.spec, urlPrefix: undefined }, selection.query);
  const where = gridWhere(binding, state);
  const from = () => selectFromGrid(binding, { id: sql<string>`(${binding.rowId})::text` }, tx);
  const capped = from().where(where).limit(maxMatching + 1).as("capped");
  const [{ n }] = await tx.select({ n: count() }).from(capped);
  if (n !== selection.count) {
    throw new ActionError(`The rows matching changed: ${n > maxMatching ? `more than ${maxMatching}` : n} now, not ${selection.count}. Nothing was changed; review the grid and try again.`);
  }
  let done = 0;
  let after: string | null = null;
  for (;;) {
    const rows: { id: string }[] = await from()
      .where(and(where, after === null ? undefined : sql`${binding.rowId} > ${after}`))
      .orderBy(binding.rowId)
      .limit(batchSize);
    if (rows.length === 0) return done;
    await work(rows.map((r) => r.id));
    done += rows.length;
    if (rows.length < batchSize) return done;
    after = rows[rows.length - 1].id;
  }
}
