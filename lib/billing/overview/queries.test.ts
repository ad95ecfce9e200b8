// The Billing overview's figures on hand-made rows with known answers. Figures over every
// subscription are compared before and after the rows (other test files leave rows behind); the
// date-ranged ones use a range in 2031 that only this file writes to.
import { beforeAll, describe, expect, it } from "vitest";
import { insertOrganization, insertPlan, insertSubscription } from "@/lib/billing/test-fixtures";
import { eq, inArray, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { addDays } from "@/lib/dates";
import { apiUsage, consoleApiUsageDays, organizations, plans, type SubscriptionStatus } from "@/lib/db/schema";
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

describe("the daily usage rollups the usage figures read", () => {
  const range2032 = { from: "2032-02-28", to: "2032-03-01" };

  /** The figures straight from the raw api_usage rows of a range (what the rollups must equal). */
  async function fromRawRows(range: { from: string; to: string }) {
    const [start, end] = [`${range.from}T00:00:00Z`, `${addDays(range.to, 1)}T00:00:00Z`];
    const perDayAndPlan = await db.execute<{ day: string; plan: string; credits: number }>(sql`
      select to_char(u.created_at at time zone 'UTC', 'YYYY-MM-DD') as day, coalesce(p.name, '(none)') as plan, sum(u.credits_used)::float8 as credits
      from api_usage u left join subscriptions s on s.organization_id = u.organization_id left join plans p on p.id = s.plan_id
      where u.created_at >= ${start}::timestamptz and u.created_at < ${end}::timestamptz
      group by 1, 2`);
    const perOrganization = await db.execute<{ name: string; credits: number }>(sql`
      select o.name, sum(u.credits_used)::float8 as credits from api_usage u join organizations o on o.id = u.organization_id
      where u.created_at >= ${start}::timestamptz and u.created_at < ${end}::timestamptz
      group by 1 order by 2 desc, 1`);
    return { perDayAndPlan: [...perDayAndPlan], perOrganization: [...perOrganization].map((r) => ({ label: r.name, value: r.credits })) };
  }

  it("equals the raw rows, whether they come one by one, in batches or across UTC midnight", async () => {
    const pro = await insertPlan({ name: "Rollup pro test" });
    const basic = await insertPlan({ name: "Rollup basic test" });
    const a = await subscribed(pro.id, "active");
    const b = await subscribed(basic.id, "past_due");
    const unsubscribed = await insertOrganization();
    // One statement with several rows of one organization and day, then single rows onto the same keys.
    await db.insert(apiUsage).values([
      { organizationId: a.id, creditsUsed: 3, createdAt: at("2032-02-28T00:00:00Z") },
      { organizationId: a.id, creditsUsed: 4, createdAt: at("2032-02-28T23:59:59.999Z") },
      { organizationId: b.id, creditsUsed: 10, createdAt: at("2032-02-29T12:00:00Z") },
      { organizationId: unsubscribed.id, creditsUsed: 1, createdAt: at("2032-03-01T00:00:00Z") },
    ]);
    await db.insert(apiUsage).values({ organizationId: a.id, creditsUsed: 5, createdAt: at("2032-02-28T08:00:00Z") });
    await db.insert(apiUsage).values({ organizationId: a.id, creditsUsed: 6, createdAt: at("2032-02-29T00:00:00Z") });
    await db.insert(apiUsage).values({ organizationId: b.id, creditsUsed: 20, createdAt: at("2032-03-01T23:59:59Z") });
    // Outside the range on either side.
    await db.insert(apiUsage).values([
      { organizationId: b.id, creditsUsed: 500, createdAt: at("2032-02-27T23:59:59Z") },
      { organizationId: a.id, creditsUsed: 700, createdAt: at("2032-03-02T00:00:00Z") },
    ]);

    const rollup = await db
      .select({ day: consoleApiUsageDays.day, organizationId: consoleApiUsageDays.organizationId, credits: consoleApiUsageDays.creditsUsed, calls: consoleApiUsageDays.calls })
      .from(consoleApiUsageDays)
      .where(inArray(consoleApiUsageDays.organizationId, [a.id, b.id, unsubscribed.id]))
      .orderBy(consoleApiUsageDays.day, consoleApiUsageDays.creditsUsed);
    expect(rollup).toEqual([
      { day: "2032-02-27", organizationId: b.id, credits: 500, calls: 1 },
      { day: "2032-02-28", organizationId: a.id, credits: 12, calls: 3 },
      { day: "2032-02-29", organizationId: a.id, credits: 6, calls: 1 },
      { day: "2032-02-29", organizationId: b.id, credits: 10, calls: 1 },
      { day: "2032-03-01", organizationId: unsubscribed.id, credits: 1, calls: 1 },
      { day: "2032-03-01", organizationId: b.id, credits: 20, calls: 1 },
      { day: "2032-03-02", organizationId: a.id, credits: 700, calls: 1 },
    ]);

    const raw = await fromRawRows(range2032);
    const chart = await creditsPerDayByPlan(range2032, "day");
    const charted = chart.rows.flatMap((row) => Object.entries(row.values).filter(([, credits]) => credits > 0).map(([plan, credits]) => ({ day: row.bucket, plan, credits })));
    const byKey = (x: { day: string; plan: string }, y: { day: string; plan: string }) => `${x.day} ${x.plan}`.localeCompare(`${y.day} ${y.plan}`);
    expect(charted.sort(byKey)).toEqual(raw.perDayAndPlan.sort(byKey));
    expect(chart.rows.map((row) => row.bucket)).toEqual(["2032-02-28", "2032-02-29", "2032-03-01"]);
    expect(await topOrganizationsByUsage(range2032)).toEqual(raw.perOrganization);
    expect(raw.perOrganization).toEqual([
      { label: b.name, value: 30 },
      { label: a.name, value: 18 },
      { label: unsubscribed.name, value: 1 },
    ]);
  });

  it("shows the nine largest organizations and the rest as Other past ten", async () => {
    const eleven = [];
    for (let credits = 11; credits >= 1; credits--) {
      const organization = await insertOrganization(`Top ${String(credits).padStart(2, "0")} test`);
      await db.insert(apiUsage).values({ organizationId: organization.id, creditsUsed: credits, createdAt: at("2032-06-01T12:00:00Z") });
      eleven.push({ label: organization.name, value: credits });
    }
    expect(await topOrganizationsByUsage({ from: "2032-06-01", to: "2032-06-01" })).toEqual([...eleven.slice(0, 9), { label: "Other", value: 3 }]);
  });

  it("keeps credits with the plan they were used on, and with no organization once it is erased", async () => {
    const before = await insertPlan({ name: "Rollup before test" });
    const after = await insertPlan({ name: "Rollup after test" });
    const retired = await insertPlan({ name: "Rollup retired test" });
    const organization = await subscribed(before.id, "active");
    const leaving = await subscribed(retired.id, "active");
    await db.insert(apiUsage).values([
      { organizationId: organization.id, creditsUsed: 8, createdAt: at("2032-04-10T10:00:00Z") },
      { organizationId: leaving.id, creditsUsed: 9, createdAt: at("2032-04-10T11:00:00Z") },
    ]);
    // Mid-period the organization moves to another plan; the other organization and its plan are erased.
    await db.execute(sql`update subscriptions set plan_id = ${after.id} where organization_id = ${organization.id}`);
    await db.insert(apiUsage).values({ organizationId: organization.id, creditsUsed: 30, createdAt: at("2032-04-11T10:00:00Z") });
    await db.delete(organizations).where(eq(organizations.id, leaving.id));
    await db.delete(plans).where(eq(plans.id, retired.id));

    const april = { from: "2032-04-10", to: "2032-04-11" };
    expect(await creditsPerDayByPlan(april, "day")).toEqual({
      keys: ["Rollup after test", "Deleted plan", "Rollup before test"],
      rows: [
        { bucket: "2032-04-10", values: { "Rollup after test": 0, "Deleted plan": 9, "Rollup before test": 8 } },
        { bucket: "2032-04-11", values: { "Rollup after test": 30, "Deleted plan": 0, "Rollup before test": 0 } },
      ],
    });
    // Top organizations follow the raw rows: the erased organization's usage left with it.
    const raw = await fromRawRows(april);
    expect(raw.perOrganization).toEqual([{ label: organization.name, value: 38 }]);
    expect(await topOrganizationsByUsage(april)).toEqual(raw.perOrganization);
    expect(await db.select().from(consoleApiUsageDays).where(eq(consoleApiUsageDays.organizationId, leaving.id))).toEqual([]);
  });
});
