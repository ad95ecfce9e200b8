import "server-only";
import { asc, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { deals, pipelines } from "@/lib/db/schema";

/** Every pipeline (a handful) with its deal count and open value, by name. */
export function listPipelines() {
  return db
    .select({
      id: pipelines.id,
      name: pipelines.name,
      createdAt: pipelines.createdAt,
      deals: sql<number>`(select count(*)::int from ${deals} where ${deals.pipelineId} = ${pipelines.id})`,
      openCents: sql<string>`(select coalesce(sum(${deals.amountCents}), 0)::text from ${deals} where ${deals.pipelineId} = ${pipelines.id} and ${deals.stage} in ('lead', 'qualified'))`,
    })
    .from(pipelines)
    .orderBy(asc(pipelines.name), asc(pipelines.id));
}

/** Pipelines for pickers and the board switcher: id and name only. */
export function pipelineOptions() {
  return db.select({ value: pipelines.id, label: pipelines.name }).from(pipelines).orderBy(asc(pipelines.name), asc(pipelines.id));
}
