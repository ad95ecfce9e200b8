"use server";

import { eq } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { lockRow } from "@/lib/actions/lock-row";
import { deals, pipelines } from "@/lib/db/schema";
import { createPipelineSchema, pipelineRefSchema, renamePipelineSchema } from "../schemas";

const revalidate = "/sales";
const inUse = (count: number) =>
  `${count.toLocaleString("en-US")} ${count === 1 ? "deal uses" : "deals use"} this pipeline. Move them to another pipeline first; nothing was deleted.`;

export const createPipeline = defineAction({
  resource: "pipeline",
  action: "create",
  schema: createPipelineSchema,
  revalidate,
  async run(input, { tx, audit }) {
    const [created] = await tx.insert(pipelines).values(input).returning();
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const renamePipeline = defineAction({
  resource: "pipeline",
  action: "update",
  schema: renamePipelineSchema,
  revalidate,
  async run({ id, name }, { tx, audit }) {
    const before = await lockRow(tx, pipelines, id, "That pipeline no longer exists.");
    const [after] = await tx.update(pipelines).set({ name }).where(eq(pipelines.id, id)).returning();
    audit({ resourceId: id, before, after, action: "rename" });
    return { id };
  },
});

/** Refused while any deal uses the pipeline (deals.pipeline_id has no cascade: the FK is the backstop). */
export const deletePipeline = defineAction({
  resource: "pipeline",
  action: "delete",
  schema: pipelineRefSchema,
  revalidate,
  constraints: { deals_pipeline_id_pipelines_id_fk: { message: "A deal was just added to this pipeline. Move its deals to another pipeline first; nothing was deleted." } },
  async run({ id }, { tx, audit }) {
    const pipeline = await lockRow(tx, pipelines, id, "That pipeline no longer exists.");
    const count = await tx.$count(deals, eq(deals.pipelineId, id));
    if (count > 0) throw new ActionError(inUse(count));
    await tx.delete(pipelines).where(eq(pipelines.id, id));
    audit({ resourceId: id, before: pipeline });
    return { id };
  },
});
