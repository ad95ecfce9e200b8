// The Billing overview's figures on hand-made rows with known answers. Figures over every
// subscription are compared before and after the rows (other test files leave rows behind); the
// date-ranged ones use a range in 2031 that only this file writes to.
import { beforeAll, describe, expect, it } from "vitest";
import { insertOrganization, insertPlan, insertSubscription } from "@/lib/billing/test-fixtures";
import { db } from "@/lib/db/client";
import { apiUsage, type SubscriptionStatus } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import {
  creditsPerDayByPlan,
  organizationsOverQuota,
  recurringRevenue,
  recurringRevenueByPlan,
  subscriptionsByStatus,
  trialConversion,
  topOrganizationsByUsage,
} from "./queries";

beforeAll(() => seedStaff(db));

const at = (iso: string) => new Date(iso);
const range2031 = { from: "2031-05-01", to: "2031-05-03" };

async function subscribed(planId: string, status: SubscriptionStatus, createdAt?: Date) {
  const organization = await insertOrganization();
  await insertSubscription({ organizationId: organization.id, planId, status, ...(createdAt ? { createdAt } : {}) });
  return organization;
}

const statusCounts = async () => Object.fromEntries((await subscriptionsByStatus()).map((row) => [row.status, row.value]));

describe("recurring revenue and subscriptions by status", () => {
  it("sum active prices as MRR, past due and trials apart, per plan, and count every status", async () => {
    const [revenueBefore, statusesBefore] = [await recurringRevenue(), await statusCounts()];
    // Prices far above the other tests' plans, so these two lead the per-plan list.
    const gold = await insertPlan({ name: "Gold overview test", priceCents: 900_000_000 });
    const silver = await insertPlan({ name: "Silver overview test", priceCents: 800_000_000 });
    const free = await insertPlan({ priceCents: 0 });
    for (const [planId, status] of [
      [gold.id, "active"], [gold.id, "active"], [silver.id, "active"], [silver.id, "past_due"],
      [gold.id, "trialing"], [silver.id, "canceled"], [free.id, "active"],
    ] as const) await subscribed(planId, status);

    const revenue = await recurringRevenue();
    expect({
      activeCents: revenue.activeCents - revenueBefore.activeCents,
      pastDueCents: revenue.pastDueCents - revenueBefore.pastDueCents,
      trialingCents: revenue.trialingCents - revenueBefore.trialingCents,
      paying: revenue.paying - revenueBefore.paying,
    }).toEqual({ activeCents: 2_600_000_000, pastDueCents: 800_000_000, trialingCents: 900_000_000, paying: 3 });

    expect((await recurringRevenueByPlan()).slice(0, 2)).toEqual([
      { label: "Gold overview test", value: 1_800_000_000 },
      { label: "Silver overview test", value: 800_000_000 },
    ]);

    const statuses = await statusCounts();
    const added = Object.fromEntries(Object.keys(statuses).map((status) => [status, statuses[status] - (statusesBefore[status] ?? 0)]));
    expect(added).toMatchObject({ active: 4, past_due: 1, trialing: 1, canceled: 1 });
  });
});

describe("trials converting", () => {
  it("counts the subscriptions started in the range by where they are now", async () => {
    const plan = await insertPlan();
    for (const status of ["active", "past_due", "trialing", "canceled", "active"] as const) await subscribed(plan.id, status, at("2031-05-02T12:00:00Z"));
    await subscribed(plan.id, "active", at("2031-05-04T00:00:00Z"));
    expect(await trialConversion(range2031)).toEqual({ started: 5, converted: 3, trialing: 1, canceled: 1, rate: 3 / 4 });
  });
});

describe("usage figures", () => {
  it("credits per day stacked by plan, and the top organizations, in the range", async () => {
    const small = await insertPlan({ name: "Small usage test" });
    const large = await insertPlan({ name: "Large usage test" });
    const a = await subscribed(small.id, "active");
    const b = await subscribed(large.id, "active");
    const unsubscribed = await insertOrganization();
    await db.insert(apiUsage).values([
      { organizationId: a.id, creditsUsed: 5, createdAt: at("2031-05-01T00:00:00Z") },
      { organizationId: a.id, creditsUsed: 7, createdAt: at("2031-05-03T23:59:59Z") },
      { organizationId: b.id, creditsUsed: 40, createdAt: at("2031-05-01T08:00:00Z") },
      { organizationId: unsubscribed.id, creditsUsed: 2, createdAt: at("2031-05-02T00:00:00Z") },
      { organizationId: b.id, creditsUsed: 1_000, createdAt: at("2031-05-04T00:00:00Z") },
    ]);

    expect(await creditsPerDayByPlan(range2031, "day")).toEqual({
      keys: ["Large usage test", "Small usage test", "(none)"],
      rows: [
        { bucket: "2031-05-01", values: { "Large usage test": 40, "Small usage test": 5, "(none)": 0 } },
        { bucket: "2031-05-02", values: { "Large usage test": 0, "Small usage test": 0, "(none)": 2 } },
        { bucket: "2031-05-03", values: { "Large usage test": 0, "Small usage test": 7, "(none)": 0 } },
      ],
    });
    expect(await topOrganizationsByUsage(range2031)).toEqual([
      { label: b.name, value: 40 },
      { label: a.name, value: 12 },
      { label: unsubscribed.name, value: 2 },
    ]);
  });

  it("counts organizations over their plan's monthly credits this period (live subscriptions only)", async () => {
    const before = await organizationsOverQuota();
    const plan = await insertPlan({ monthlyCredits: 100 });
    const now = new Date();
    const use = async (status: SubscriptionStatus, credits: number) => {
      const organization = await subscribed(plan.id, status);
      await db.insert(apiUsage).values({ organizationId: organization.id, creditsUsed: credits, createdAt: now });
    };
    await use("active", 101);
    await use("past_due", 150);
    await use("active", 100);
    await use("canceled", 500);
    expect((await organizationsOverQuota()) - before).toBe(2);
  });
});
