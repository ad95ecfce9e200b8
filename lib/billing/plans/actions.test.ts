import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { insertOrganization, insertPlan, insertSubscription } from "@/lib/billing/test-fixtures";
import { db } from "@/lib/db/client";
import { plans } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { auditCount } from "@/lib/test/audit";
import { actAs } from "@/lib/test/auth";
import { createPlan, deletePlan, updatePlan } from "./actions";

beforeAll(() => seedStaff(db));

const k = () => randomUUID().slice(0, 8);
const planRow = async (id: string) => (await db.select().from(plans).where(eq(plans.id, id)))[0];

describe("createPlan and updatePlan", () => {
  it("stores the price as integer cents and an empty Polar product id as none", async () => {
    await actAs("admin");
    const result = await createPlan({ name: "Team", slug: `team-${k()}`, priceCents: 4_950, monthlyCredits: 250_000, polarProductId: "" });
    expect(await planRow(result.data!.id)).toMatchObject({ name: "Team", priceCents: 4_950, monthlyCredits: 250_000, polarProductId: null });
  });

  it("puts a Polar product id another plan has on its field, and a taken slug on the slug field", async () => {
    const taken = await insertPlan();
    await actAs("admin");
    const before = await auditCount();
    const product = await createPlan({ name: "Copy", slug: `copy-${k()}`, priceCents: 0, monthlyCredits: 0, polarProductId: taken.polarProductId });
    expect(product.validationErrors?.fieldErrors.polarProductId).toEqual(["Another plan already has this Polar product id."]);
    const slug = await createPlan({ name: "Copy", slug: taken.slug, priceCents: 0, monthlyCredits: 0, polarProductId: null });
    expect(slug.validationErrors?.fieldErrors.slug).toEqual(["Another plan already uses this slug."]);
    expect(await auditCount()).toBe(before);
  });

  it("refuses fractional cents, negative prices and credits before the database", async () => {
    await actAs("admin");
    const result = await createPlan({ name: "Odd", slug: `odd-${k()}`, priceCents: 12.5, monthlyCredits: -1, polarProductId: null });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["monthlyCredits", "priceCents"]);
  });

  it("changes a plan, audited; finance may not", async () => {
    const plan = await insertPlan();
    await actAs("finance");
    expect((await updatePlan({ ...plan, priceCents: 1 })).serverError).toMatch(/may not update plan/);
    await actAs("admin");
    expect((await updatePlan({ ...plan, priceCents: 3_900 })).data).toEqual({ id: plan.id });
    expect((await planRow(plan.id)).priceCents).toBe(3_900);
  });
});

describe("deletePlan", () => {
  it("deletes an unused plan", async () => {
    const plan = await insertPlan();
    await actAs("admin");
    expect((await deletePlan({ id: plan.id })).data).toEqual({ id: plan.id });
    expect(await planRow(plan.id)).toBeUndefined();
  });

  it("is refused with a clear message while a subscription uses the plan", async () => {
    const plan = await insertPlan({ name: "Busy" });
    await insertSubscription({ organizationId: (await insertOrganization()).id, planId: plan.id, status: "canceled" });
    await actAs("admin");
    const before = await auditCount();
    expect((await deletePlan({ id: plan.id })).serverError).toBe("1 subscription uses the Busy plan: move it to another plan before deleting it.");
    expect(await planRow(plan.id)).toBeDefined();
    expect(await auditCount()).toBe(before);
  });
});
