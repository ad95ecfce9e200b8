import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { dealById, dealVersion, insertActivity, insertContact, insertDeal, insertPipeline } from "@/lib/crm/test-fixtures";
import { actAs } from "@/lib/test/auth";
import { auditCount } from "@/lib/test/audit";
import { createDeal, deleteDeal, moveDeal, updateDeal } from "./actions";

const todayUtc = () => new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
const auditOf = (id: string) => db.select().from(auditLog).where(and(eq(auditLog.resourceId, id), eq(auditLog.resource, "deal"))).orderBy(auditLog.id);

beforeAll(() => seedStaff(db));

async function dealInput() {
  const contact = await insertContact();
  const pipeline = await insertPipeline();
  return { title: "Annual plan", contactId: contact.id, pipelineId: pipeline.id, ownerId: "staff_admin", amountCents: 12_345_67, stage: "lead" as const, closeDate: "2027-03-31" };
}

describe("createDeal / updateDeal", () => {
  it("creates a deal with its amount in cents and the close day", async () => {
    const input = await dealInput();
    await actAs("admin");
    const result = await createDeal(input);
    expect(await dealById(result.data!.id)).toMatchObject({ title: "Annual plan", amountCents: 12_345_67, stage: "lead", closeDate: new Date("2027-03-31T00:00:00Z") });
  });

  it("rejects fractional or negative cents, an unknown stage and missing pickers on their fields", async () => {
    await actAs("admin");
    const before = await auditCount();
    const result = await createDeal({ title: "X1", contactId: "", pipelineId: "", ownerId: "", amountCents: 10.5, stage: "won-ish" as never, closeDate: "" });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["amountCents", "contactId", "ownerId", "pipelineId", "stage"]);
    const negative = await createDeal({ ...(await dealInput()), amountCents: -1 });
    expect(negative.validationErrors?.fieldErrors.amountCents).toEqual(["The amount cannot be negative."]);
    expect(await auditCount()).toBe(before);
  });

  it("closing a deal without a close date closes it today", async () => {
    const deal = await insertDeal();
    await actAs("admin");
    const result = await updateDeal({ id: deal.id, title: deal.title, contactId: deal.contactId, pipelineId: deal.pipelineId, ownerId: deal.ownerId, amountCents: deal.amountCents, stage: "won", closeDate: "" });
    expect(result.data).toEqual({ id: deal.id });
    expect(await dealById(deal.id)).toMatchObject({ stage: "won", closeDate: todayUtc() });
  });

  it.each(["support", "finance"] as const)("refuses %s", async (role) => {
    const input = await dealInput();
    await actAs(role);
    expect((await createDeal(input)).serverError).toMatch(/may not create deal/);
  });
});

describe("deleteDeal", () => {
  it("deletes a deal without activities", async () => {
    const deal = await insertDeal();
    await actAs("admin");
    expect((await deleteDeal({ id: deal.id })).data).toEqual({ id: deal.id });
    expect(await dealById(deal.id)).toBeUndefined();
    expect((await auditOf(deal.id)).map((e) => e.action)).toEqual(["delete"]);
  });

  it("refuses a deal that has activities and says to mark it lost", async () => {
    const deal = await insertDeal();
    await insertActivity(deal.id);
    await insertActivity(deal.id);
    await actAs("admin");
    const before = await auditCount();
    const result = await deleteDeal({ id: deal.id });
    expect(result.serverError).toBe("This deal has 2 logged activities, which are never deleted. Mark it lost instead.");
    expect(await dealById(deal.id)).toBeDefined();
    expect(await auditCount()).toBe(before);
  });

  it("refuses finance, who only reads and exports deals", async () => {
    const deal = await insertDeal();
    await actAs("finance");
    expect((await deleteDeal({ id: deal.id })).serverError).toMatch(/may not delete deal/);
    expect(await dealById(deal.id)).toBeDefined();
  });
});

describe("moveDeal (the board)", () => {
  it("moves the card, audits one move, and hands back the new version", async () => {
    const deal = await insertDeal({ stage: "lead", closeDate: new Date("2027-01-15T00:00:00Z") });
    await actAs("admin");
    const result = await moveDeal({ id: deal.id, stage: "qualified", version: await dealVersion(deal.id) });
    expect(result.data).toEqual({ id: deal.id, stage: "qualified", closeDate: new Date("2027-01-15T00:00:00Z"), version: await dealVersion(deal.id) });
    expect(await dealById(deal.id)).toMatchObject({ stage: "qualified" });
    const [entry] = await auditOf(deal.id);
    expect(entry).toMatchObject({ action: "move", before: { stage: "lead" }, after: { stage: "qualified" } });
  });

  it("moving to won or lost sets an empty close date to today, and keeps one that is set", async () => {
    const open = await insertDeal({ stage: "qualified", closeDate: null });
    const dated = await insertDeal({ stage: "qualified", closeDate: new Date("2026-02-01T00:00:00Z") });
    await actAs("admin");
    await moveDeal({ id: open.id, stage: "lost", version: await dealVersion(open.id) });
    await moveDeal({ id: dated.id, stage: "won", version: await dealVersion(dated.id) });
    expect(await dealById(open.id)).toMatchObject({ stage: "lost", closeDate: todayUtc() });
    expect(await dealById(dated.id)).toMatchObject({ stage: "won", closeDate: new Date("2026-02-01T00:00:00Z") });
  });

  it("refuses a stale move (the deal changed since the board loaded) with its current state, moving nothing", async () => {
    const deal = await insertDeal({ stage: "lead", closeDate: null });
    const shown = await dealVersion(deal.id);
    await actAs("admin");
    // Someone else moves it first.
    expect((await moveDeal({ id: deal.id, stage: "won", version: shown })).data?.stage).toBe("won");
    const before = await auditCount();
    const stale = await moveDeal({ id: deal.id, stage: "qualified", version: shown });
    expect(stale.serverError).toMatch(new RegExp(`Someone changed "${deal.title}" since the board was loaded: it is in Won \\(close date \\d{1,2} \\w{3} \\d{4}\\)\\. Nothing was moved\\.`));
    expect(await dealById(deal.id)).toMatchObject({ stage: "won" });
    expect(await auditCount()).toBe(before);
  });

  it("two boards moving the same card at once: one wins, the other gets the conflict", async () => {
    const deal = await insertDeal({ stage: "lead" });
    const shown = await dealVersion(deal.id);
    await actAs("admin");
    const results = await Promise.all([moveDeal({ id: deal.id, stage: "qualified", version: shown }), moveDeal({ id: deal.id, stage: "lost", version: shown })]);
    const won = results.filter((r) => r.data);
    expect(won).toHaveLength(1);
    expect(results.find((r) => !r.data)?.serverError).toMatch(/Nothing was moved/);
    expect((await dealById(deal.id)).stage).toBe(won[0].data!.stage);
  });

  it("an edit through the deal form also makes an open board's version stale", async () => {
    const deal = await insertDeal({ stage: "lead" });
    const shown = await dealVersion(deal.id);
    await actAs("admin");
    await updateDeal({ id: deal.id, title: "Retitled", contactId: deal.contactId, pipelineId: deal.pipelineId, ownerId: deal.ownerId, amountCents: 1, stage: "lead", closeDate: "" });
    expect((await moveDeal({ id: deal.id, stage: "qualified", version: shown })).serverError).toMatch(/Someone changed "Retitled"/);
  });

  it("logging an activity does not make the board's version stale", async () => {
    const deal = await insertDeal({ stage: "lead" });
    const shown = await dealVersion(deal.id);
    await insertActivity(deal.id);
    await actAs("admin");
    expect((await moveDeal({ id: deal.id, stage: "qualified", version: shown })).data?.stage).toBe("qualified");
  });

  it.each(["support", "finance"] as const)("refuses %s", async (role) => {
    const deal = await insertDeal({ stage: "lead" });
    await actAs(role);
    expect((await moveDeal({ id: deal.id, stage: "won", version: await dealVersion(deal.id) })).serverError).toMatch(/may not update deal/);
    expect((await dealById(deal.id)).stage).toBe("lead");
  });

  it("says so when the deal is gone", async () => {
    await actAs("admin");
    expect((await moveDeal({ id: "00000000-0000-4000-8000-000000000000", stage: "won", version: "1" })).serverError).toBe("That deal no longer exists. Nothing was moved.");
  });
});

