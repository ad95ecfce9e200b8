import { eq } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { receivePolarDelivery } from "@/lib/billing/polar-sync";
import { insertOrganization, insertPlan, subscriptionEvent } from "@/lib/billing/test-fixtures";
import { db } from "@/lib/db/client";
import { consoleWebhookDeliveries as deliveries, subscriptions } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { auditCount } from "@/lib/test/audit";
import { actAs } from "@/lib/test/auth";
import { reapplyDelivery } from "./actions";

beforeAll(() => seedStaff(db));

/** A delivery that failed: its product matches no plan yet. */
async function failedDelivery() {
  const org = await insertOrganization();
  const productId = `prod_${randomUUID()}`;
  const webhookId = `msg_${randomUUID()}`;
  expect((await receivePolarDelivery(webhookId, subscriptionEvent({ organizationId: org.id, productId }))).outcome).toBe("failed");
  const [delivery] = await db.select().from(deliveries).where(eq(deliveries.webhookId, webhookId));
  return { org, productId, delivery };
}

describe("reapplyDelivery", () => {
  it("applies a failed delivery once its cause is fixed, and only once", async () => {
    const { org, productId, delivery } = await failedDelivery();
    const plan = await insertPlan({ polarProductId: productId });
    await actAs("admin");
    expect((await reapplyDelivery({ id: delivery.id })).data).toEqual({ outcome: "applied", error: null });
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.organizationId, org.id));
    expect(sub).toMatchObject({ planId: plan.id, status: "active" });
    expect((await db.select().from(deliveries).where(eq(deliveries.id, delivery.id)))[0].outcome).toBe("applied");
    const again = await reapplyDelivery({ id: delivery.id });
    expect(again.serverError).toBe("This delivery is applied, not failed: there is nothing to re-apply.");
    expect(await db.$count(subscriptions, eq(subscriptions.organizationId, org.id))).toBe(1);
  });

  it("keeps it failed with the new reason when the cause is still there", async () => {
    const { delivery } = await failedDelivery();
    await actAs("admin");
    const result = await reapplyDelivery({ id: delivery.id });
    expect(result.data?.outcome).toBe("failed");
    expect((await db.select().from(deliveries).where(eq(deliveries.id, delivery.id)))[0].error).toMatch(/No plan has Polar product id/);
  });

  it("refuses finance (who can see deliveries) and changes nothing", async () => {
    const { org, productId, delivery } = await failedDelivery();
    await insertPlan({ polarProductId: productId });
    await actAs("finance");
    const before = await auditCount();
    expect((await reapplyDelivery({ id: delivery.id })).serverError).toMatch(/may not reapply webhookDelivery/);
    expect(await db.$count(subscriptions, eq(subscriptions.organizationId, org.id))).toBe(0);
    expect(await auditCount()).toBe(before);
  });
});
