import "server-only";
// Row estimates for big tables, from the planner instead of COUNT(*): costs one planning pass,
// whatever the table size. Unfiltered, the planner's figure is pg_class.reltuples scaled to the
// table's current size, which is fresher than reading reltuples directly.
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { db } from "@/lib/db/client";

type ExplainRow = { "QUERY PLAN": string | [{ Plan: { "Plan Rows": number } }] };

export function estimateRows(from: PgTable, where: SQL | undefined): Promise<number> {
  return estimateQueryRows(db.select({ one: sql`1` }).from(from).where(where));
}

/** The planner's row estimate of any select (e.g. a grid's table with its joins). */
export async function estimateQueryRows(query: SQLWrapper): Promise<number> {
  const [row] = await db.execute<ExplainRow>(sql`explain (format json) ${query}`);
  const plan = typeof row["QUERY PLAN"] === "string" ? JSON.parse(row["QUERY PLAN"]) : row["QUERY PLAN"];
  return Math.max(0, Math.round(Number(plan[0].Plan["Plan Rows"])));
}

/** Below this many estimated rows an exact count is cheap; above it the estimate is shown as "~N". */
export const EXACT_COUNT_CAP = 10_000;
