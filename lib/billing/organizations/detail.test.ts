// The organization page's figures on hand-made rows with known answers: the credit period (the
// month ending at current_period_end, else the calendar month, both UTC), the credits and keys in
// it, the daily series, and the organization's history.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { insertOrganization, insertPlan, insertSubscription } from "@/lib/billing/test-fixtures";
import { loadGridState } from "@/lib/data-table/search-params";
import { db } from "@/lib/db/client";
import { apiUsage, auditLog, subscriptions } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { creditPeriod } from "../usage/period";
import { creditsInPeriod, dailyCredits, listOrganizationAudit, usageByApiKey } from "./detail";
import { organizationAuditGrid } from "./grid";
import { getOrganization } from "./queries";

beforeAll(() => seedStaff(db));

const at = (iso: string) => new Date(iso);

async function organizationWithPeriodEnd(currentPeriodEnd: Date | null) {
  const organization = await insertOrganization();
  const plan = await insertPlan({ monthlyCredits: 1_000 });
  await insertSubscription({ organizationId: organization.id, planId: plan.id, currentPeriodEnd });
  return organization;
}

async function periodOf(organizationId: string) {
  const { period } = (await getOrganization(organizationId))!;
  return { start: period.start.toISOString(), end: period.end.toISOString() };
}

describe("the credit period", () => {
  it("is the month ending at current_period_end", async () => {
    const organization = await organizationWithPeriodEnd(at("2026-12-15T10:30:00Z"));
    expect(await periodOf(organization.id)).toEqual({ start: "2026-11-15T10:30:00.000Z", end: "2026-12-15T10:30:00.000Z" });
  });

  it("ends on a shorter month's last day when the day does not exist there", async () => {
    const organization = await organizationWithPeriodEnd(at("2027-03-31T00:00:00Z"));
    expect(await periodOf(organization.id)).toEqual({ start: "2027-02-28T00:00:00.000Z", end: "2027-03-31T00:00:00.000Z" });
  });

  it("is the running UTC calendar month without a period end, or without a subscription", async () => {
    const now = new Date();
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString();
    expect(await periodOf((await organizationWithPeriodEnd(null)).id)).toEqual({ start, end });
    expect(await periodOf((await insertOrganization()).id)).toEqual({ start, end });
  });

  it("is counted in UTC whatever the session's time zone", async () => {
    // 1 March 00:00 UTC is still 28 February in Los Angeles: a local month back would start on 29 January.
    const organization = await organizationWithPeriodEnd(at("2026-03-01T00:00:00Z"));
    const period = creditPeriod();
    const [row] = await db.transaction(async (tx) => {
      await tx.execute(sql`set local time zone 'America/Los_Angeles'`);
      return tx
        .select({ start: sql<string>`to_char(${period.start} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI')` })
        .from(subscriptions)
        .where(eq(subscriptions.organizationId, organization.id));
    });
    expect(row.start).toBe("2026-02-01T00:00");
  });
});

describe("credits in the period", () => {
  it("count usage from the period's first instant up to, not including, its end — per key too", async () => {
    const organization = await organizationWithPeriodEnd(at("2026-12-15T00:00:00Z"));
    const other = await insertOrganization();
    const period = { start: at("2026-11-15T00:00:00Z"), end: at("2026-12-15T00:00:00Z") };
    await db.insert(apiUsage).values([
      { organizationId: organization.id, apiKeyId: "key_a", creditsUsed: 1, createdAt: at("2026-11-14T23:59:59.999Z") },
      { organizationId: organization.id, apiKeyId: "key_a", creditsUsed: 10, createdAt: at("2026-11-15T00:00:00Z") },
      { organizationId: organization.id, apiKeyId: "key_b", creditsUsed: 200, createdAt: at("2026-12-01T12:00:00Z") },
      { organizationId: organization.id, apiKeyId: "key_a", creditsUsed: 30, createdAt: at("2026-12-14T23:59:59.999Z") },
      { organizationId: organization.id, apiKeyId: null, creditsUsed: 4, createdAt: at("2026-12-02T00:00:00Z") },
      { organizationId: organization.id, apiKeyId: "key_a", creditsUsed: 5_000, createdAt: at("2026-12-15T00:00:00Z") },
      { organizationId: other.id, apiKeyId: "key_a", creditsUsed: 7_000, createdAt: at("2026-12-01T00:00:00Z") },
    ]);

    expect(await creditsInPeriod(organization.id, period)).toBe(244);
    expect(await usageByApiKey(organization.id, period)).toEqual([
      { apiKeyId: "key_b", calls: 1, credits: 200, lastUsedAt: at("2026-12-01T12:00:00Z") },
      { apiKeyId: "key_a", calls: 2, credits: 40, lastUsedAt: at("2026-12-14T23:59:59.999Z") },
      { apiKeyId: null, calls: 1, credits: 4, lastUsedAt: at("2026-12-02T00:00:00Z") },
    ]);

    // Every UTC day of the previous and the current period, 0 where nothing was used.
    const daily = await dailyCredits(organization.id, at("2026-10-15T00:00:00Z"), period);
    expect(daily).toHaveLength(61);
    expect(daily[0]).toEqual({ bucket: "2026-10-15", value: 0 });
    expect(daily.at(-1)).toEqual({ bucket: "2026-12-14", value: 30 });
    expect(daily.filter((point) => point.value > 0)).toEqual([
      { bucket: "2026-11-14", value: 1 },
      { bucket: "2026-11-15", value: 10 },
      { bucket: "2026-12-01", value: 200 },
      { bucket: "2026-12-02", value: 4 },
      { bucket: "2026-12-14", value: 30 },
    ]);
  });
});

describe("the organization's history", () => {
  it("lists the audit rows about it, its memberships and its subscription, newest first", async () => {
    const organization = await insertOrganization();
    const other = await insertOrganization();
    const actor = { actorId: "staff_admin", actorEmail: "admin@switchboard.dev", actorRole: "admin" };
    const entry = (action: string, resource: string, resourceId: string, createdAt: string, change: { before?: unknown; after?: unknown } = {}) =>
      ({ ...actor, action, resource, resourceId, createdAt: at(createdAt), ...change });
    await db.insert(auditLog).values([
      entry("create", "organization", organization.id, "2026-11-01T00:00:00Z"),
      entry("create", "membership", "m1", "2026-11-02T00:00:00Z", { after: { organizationId: organization.id, role: "owner" } }),
      entry("delete", "subscription", "s1", "2026-11-03T00:00:00Z", { before: { organizationId: organization.id } }),
      entry("create", "membership", "m2", "2026-11-04T00:00:00Z", { after: { organizationId: other.id } }),
      entry("update", "organization", other.id, "2026-11-05T00:00:00Z"),
    ]);

    const page = await listOrganizationAudit(organization.id, loadGridState(organizationAuditGrid, {}));
    expect(page.rows.map((row) => [row.action, row.resource])).toEqual([
      ["delete", "subscription"],
      ["create", "membership"],
      ["create", "organization"],
    ]);

    // Its grid's own URL keys filter it (here: the resource facet).
    const memberships = await listOrganizationAudit(organization.id, loadGridState(organizationAuditGrid, { "history.resource": "membership" }));
    expect(memberships.rows.map((row) => row.resourceId)).toEqual(["m1"]);
  });
});
