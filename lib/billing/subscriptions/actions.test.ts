import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { insertOrganization, insertPlan, insertSubscription } from "@/lib/billing/test-fixtures";
import { db } from "@/lib/db/client";
import { auditLog, subscriptions } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { auditCount } from "@/lib/test/audit";
import { actAs } from "@/lib/test/auth";
import { cancelSubscription, createSubscription, updateSubscription } from "./actions";
import { polarOwnedMessage } from "./schemas";

beforeAll(() => seedStaff(db));

const row = async (id: string) => (await db.select().from(subscriptions).where(eq(subscriptions.id, id)))[0];

describe("manual subscriptions", () => {
  it("creates, changes and cancels one (no Polar id), each audited", async () => {
    const org = await insertOrganization();
    const [pro, scale] = [await insertPlan(), await insertPlan()];
    await actAs("admin");
    const created = await createSubscription({ organizationId: org.id, planId: pro.id, status: "active", currentPeriodEnd: "2027-02-28" });
    const id = created.data!.id;
    expect(await row(id)).toMatchObject({ planId: pro.id, status: "active", polarSubscriptionId: null, currentPeriodEnd: new Date("2027-02-28T00:00:00Z") });
    await updateSubscription({ id, planId: scale.id, status: "past_due", currentPeriodEnd: null });
    expect(await row(id)).toMatchObject({ planId: scale.id, status: "past_due", currentPeriodEnd: null });
    expect((await cancelSubscription({ id })).data).toEqual({ id });
    expect((await row(id)).status).toBe("canceled");
    const actions = (await db.select().from(auditLog).where(eq(auditLog.resourceId, id))).map((e) => e.action).sort();
    expect(actions).toEqual(["cancel", "create", "update"]);
  });

  it("puts a second subscription for one organization on the organization field", async () => {
    const org = await insertOrganization();
    const plan = await insertPlan();
    await insertSubscription({ organizationId: org.id, planId: plan.id });
    await actAs("admin");
    const result = await createSubscription({ organizationId: org.id, planId: plan.id, status: "trialing", currentPeriodEnd: null });
    expect(result.validationErrors?.fieldErrors.organizationId).toEqual(["This organization already has a subscription: change that one."]);
    expect(await db.$count(subscriptions, eq(subscriptions.organizationId, org.id))).toBe(1);
  });

  it("refuses to edit or cancel a Polar-synced subscription, changing nothing", async () => {
    const plan = await insertPlan();
    const synced = await insertSubscription({ organizationId: (await insertOrganization()).id, planId: plan.id, polarSubscriptionId: `sub_${plan.id}` });
    await actAs("admin");
    const before = await auditCount();
    expect((await updateSubscription({ id: synced.id, planId: plan.id, status: "canceled", currentPeriodEnd: null })).serverError).toBe(polarOwnedMessage);
    expect((await cancelSubscription({ id: synced.id })).serverError).toBe(polarOwnedMessage);
    expect(await row(synced.id)).toEqual(synced);
    expect(await auditCount()).toBe(before);
  });

  it.each(["support", "finance"] as const)("refuses %s", async (role) => {
    const org = await insertOrganization();
    const plan = await insertPlan();
    await actAs(role);
    expect((await createSubscription({ organizationId: org.id, planId: plan.id, status: "active", currentPeriodEnd: null })).serverError).toMatch(/may not create subscription/);
    expect(await db.$count(subscriptions, eq(subscriptions.organizationId, org.id))).toBe(0);
  });
});
