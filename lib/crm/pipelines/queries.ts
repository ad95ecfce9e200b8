import "server-only";
import { asc, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { versionOf } from "@/lib/actions/lock-row";
import { db } from "@/lib/db/client";
import { consolePipelineStageTotals as totals, pipelines } from "@/lib/db/schema";

// Nested so drizzle keeps the table names of the correlation (see lib/learning/courses/queries.ts).
const equals = (column: AnyPgColumn, outer: AnyPgColumn) => sql`${column} = ${outer}`;

/**
 * Every pipeline (a handful) with its deal count, open value and row version (the rename form's),
 * by name; the figures from the per-stage rollup (at most four rows a pipeline), not the deals.
 */
export function listPipelines() {
  return db
    .select({
      id: pipelines.id,
      name: pipelines.name,
      version: versionOf(pipelines),
      createdAt: pipelines.createdAt,
      deals: sql<number>`(select coalesce(sum(${totals.deals}), 0)::int from ${totals} where ${equals(totals.pipelineId, pipelines.id)})`,
      openCents: sql<string>`(select coalesce(sum(${totals.amountCents}), 0)::text from ${totals} where ${equals(totals.pipelineId, pipelines.id)} and ${totals.stage} in ('lead', 'qualified'))`,
    })
    .from(pipelines)
    .orderBy(asc(pipelines.name), asc(pipelines.id));
}

/** Pipelines for the deal form's picker: id and name only (a handful of rows). */
export function pipelineOptions() {
  return db.select({ value: pipelines.id, label: pipelines.name }).from(pipelines).orderBy(asc(pipelines.name), asc(pipelines.id));
}
