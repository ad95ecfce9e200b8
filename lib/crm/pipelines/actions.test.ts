import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog, pipelines } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { insertDeal, insertPipeline } from "@/lib/crm/test-fixtures";
import { actAs } from "@/lib/test/auth";
import { auditCount } from "@/lib/test/audit";
import { createPipeline, deletePipeline, renamePipeline } from "./actions";

const pipelineById = async (id: string) => (await db.select().from(pipelines).where(eq(pipelines.id, id)))[0];

beforeAll(() => seedStaff(db));

describe("pipelines", () => {
  it("creates and renames, auditing each", async () => {
    await actAs("admin");
    const created = await createPipeline({ name: "  Inbound EU " });
    const id = created.data!.id;
    expect(await pipelineById(id)).toMatchObject({ name: "Inbound EU" });
    expect((await renamePipeline({ id, name: "Inbound Europe" })).data).toEqual({ id });
    expect(await pipelineById(id)).toMatchObject({ name: "Inbound Europe" });
    const entries = await db.select().from(auditLog).where(eq(auditLog.resourceId, id)).orderBy(auditLog.id);
    expect(entries.map((e) => e.action)).toEqual(["create", "rename"]);
  });

  it("rejects a blank name on its field", async () => {
    await actAs("admin");
    expect((await createPipeline({ name: " " })).validationErrors?.fieldErrors.name).toEqual(["Give the pipeline a name (at least 2 characters)."]);
  });

  it("deletes a pipeline no deal uses", async () => {
    const pipeline = await insertPipeline();
    await actAs("admin");
    expect((await deletePipeline({ id: pipeline.id })).data).toEqual({ id: pipeline.id });
    expect(await pipelineById(pipeline.id)).toBeUndefined();
  });

  it("refuses to delete a pipeline while deals use it, saying how many", async () => {
    const deal = await insertDeal();
    await insertDeal({ pipelineId: deal.pipelineId });
    await actAs("admin");
    const before = await auditCount();
    const result = await deletePipeline({ id: deal.pipelineId });
    expect(result.serverError).toBe("2 deals use this pipeline. Move them to another pipeline first; nothing was deleted.");
    expect(await pipelineById(deal.pipelineId)).toBeDefined();
    expect(await auditCount()).toBe(before);
  });

  it.each(["support", "finance"] as const)("refuses %s", async (role) => {
    const pipeline = await insertPipeline();
    await actAs(role);
    expect((await renamePipeline({ id: pipeline.id, name: "Hijacked" })).serverError).toMatch(/may not update pipeline/);
    expect((await deletePipeline({ id: pipeline.id })).serverError).toMatch(/may not delete pipeline/);
    expect(await pipelineById(pipeline.id)).toMatchObject({ name: pipeline.name });
  });
});
