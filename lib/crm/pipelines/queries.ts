import "server-only";
import { asc, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db } from "@/lib/db/client";
import { deals, pipelines } from "@/lib/db/schema";

// Nested so drizzle keeps the table names of the correlation (see lib/learning/courses/queries.ts).
const equals = (column: AnyPgColumn, outer: AnyPgColumn) => sql`${column} = ${outer}`;

/** Every pipeline (a handful) with its deal count and open value, by name. */
export function listPipelines() {
  return db
    .select({
      id: pipelines.id,
      name: pipelines.name,
      createdAt: pipelines.createdAt,
      deals: sql<number>`(select count(*)::int from ${deals} where ${equals(deals.pipelineId, pipelines.id)})`,
      openCents: sql<string>`(select coalesce(sum(${deals.amountCents}), 0)::text from ${deals} where ${equals(deals.pipelineId, pipelines.id)} and ${deals.stage} in ('lead', 'qualified'))`,
    })
    .from(pipelines)
    .orderBy(asc(pipelines.name), asc(pipelines.id));
}

/** Pipelines for the deal form's picker: id and name only (a handful of rows). */
export function pipelineOptions() {
  return db.select({ value: pipelines.id, label: pipelines.name }).from(pipelines).orderBy(asc(pipelines.name), asc(pipelines.id));
}
