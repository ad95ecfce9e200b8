// The Polar webhook end to end: real Standard Webhooks signatures over real request bodies, the
// route handler, and the real database.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  insertOrganization,
  insertPlan,
  insertSubscription,
  signedPolarRequest,
  subscriptionEvent,
  testWebhookSecret,
} from "@/lib/billing/test-fixtures";
import { db } from "@/lib/db/client";
import { consoleWebhookDeliveries as deliveries, subscriptions } from "@/lib/db/schema";
import { POST } from "./route";

beforeEach(() => {
  process.env.POLAR_WEBHOOK_SECRET = testWebhookSecret;
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function deliver(payload: unknown, opts?: Parameters<typeof signedPolarRequest>[1]) {
  const response = await POST(signedPolarRequest(payload, opts));
  return { status: response.status, body: await response.json() };
}

const subscriptionOf = async (organizationId: string) =>
  db.select().from(subscriptions).where(eq(subscriptions.organizationId, organizationId));
const deliveriesOf = async (polarId: string) =>
  db.select().from(deliveries).where(eq(deliveries.polarSubscriptionId, polarId));

async function fixture() {
  const org = await insertOrganization();
  const plan = await insertPlan();
  return { org, plan, event: (o: Parameters<typeof subscriptionEvent>[0] = {}) => subscriptionEvent({ organizationId: org.id, productId: plan.polarProductId, ...o }) };
}

describe("POST /api/webhooks/polar: authentication", () => {
  it("answers 500 with a clear log line when the secret is unset, writing nothing", async () => {
    delete process.env.POLAR_WEBHOOK_SECRET;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { org, event } = await fixture();
    const payload = event();
    const { status } = await deliver(payload);
    expect(status).toBe(500);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("POLAR_WEBHOOK_SECRET is not set"));
    expect(await subscriptionOf(org.id)).toHaveLength(0);
    expect(await deliveriesOf(payload.data.id)).toHaveLength(0);
  });

  it("refuses a body signed with another secret (403) and writes nothing", async () => {
    const { org, event } = await fixture();
    const payload = event();
    const { status } = await deliver(payload, { secret: "polar_whs_someone_else" });
    expect(status).toBe(403);
    expect(await subscriptionOf(org.id)).toHaveLength(0);
    expect(await deliveriesOf(payload.data.id)).toHaveLength(0);
  });

  it("refuses a tampered body, missing headers and an old timestamp (403)", async () => {
    const { org, event } = await fixture();
    const payload = event();
    const signed = signedPolarRequest(payload);
    const tampered = new Request(signed.url, { method: "POST", headers: signed.headers, body: JSON.stringify({ ...payload, type: "subscription.revoked" }) });
    expect((await POST(tampered)).status).toBe(403);
    const unsigned = new Request(signed.url, { method: "POST", body: JSON.stringify(payload) });
    expect((await POST(unsigned)).status).toBe(403);
    const old = await deliver(payload, { signedAt: new Date(Date.now() - 10 * 60_000) });
    expect(old.status).toBe(403);
    expect(await subscriptionOf(org.id)).toHaveLength(0);
    expect(await deliveriesOf(payload.data.id)).toHaveLength(0);
  });
});

describe("POST /api/webhooks/polar: sync", () => {
  it("creates the organization's subscription, the plan found by Polar product id", async () => {
    const { org, plan, event } = await fixture();
    const payload = event({ type: "subscription.created", status: "trialing", modifiedAt: null, createdAt: "2026-11-05T10:00:00.123456Z" });
    const { status, body } = await deliver(payload, { webhookId: "msg_create_1" });
    expect(status).toBe(200);
    expect(body).toMatchObject({ outcome: "applied", redelivery: false });
    const [row] = await subscriptionOf(org.id);
    expect(row).toMatchObject({ planId: plan.id, status: "trialing", polarSubscriptionId: payload.data.id });
    expect(row.currentPeriodEnd?.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    // No modified_at yet: created_at orders it.
    expect(row.polarEventAt?.toISOString()).toBe("2026-11-05T10:00:00.123Z");
    const [delivery] = await deliveriesOf(payload.data.id);
    expect(delivery).toMatchObject({ webhookId: "msg_create_1", type: "subscription.created", outcome: "applied", attempts: 1, error: null });
    expect(delivery.payload).toEqual(payload);
  });

  it("finds the plan from the metadata when no plan has the product id", async () => {
    const { org, plan } = await fixture();
    const payload = subscriptionEvent({ organizationId: org.id, productId: "prod_unknown", metadata: { plan_id: plan.id } });
    expect((await deliver(payload)).body.outcome).toBe("applied");
    expect((await subscriptionOf(org.id))[0].planId).toBe(plan.id);
  });

  it("maps unpaid to past_due and revoked to canceled, and ignores a status it has no word for", async () => {
    const { org, event } = await fixture();
    const polarId = `sub_${randomUUID()}`;
    await deliver(event({ polarId, status: "unpaid", modifiedAt: "2026-11-10T00:00:00Z" }));
    expect((await subscriptionOf(org.id))[0].status).toBe("past_due");
    await deliver(event({ polarId, status: "revoked", modifiedAt: "2026-11-11T00:00:00Z" }));
    expect((await subscriptionOf(org.id))[0].status).toBe("canceled");
    const paused = await deliver(event({ polarId, status: "paused", modifiedAt: "2026-11-12T00:00:00Z" }));
    expect(paused.body).toMatchObject({ outcome: "ignored", error: expect.stringContaining("paused") });
    const [row] = await subscriptionOf(org.id);
    expect(row.status).toBe("canceled");
    expect(row.polarEventAt?.toISOString()).toBe("2026-11-11T00:00:00.000Z");
  });

  it("keeps and ignores a signed event that is not about subscriptions", async () => {
    const webhookId = `msg_${randomUUID()}`;
    const { status, body } = await deliver({ type: "order.paid", timestamp: new Date().toISOString(), data: { id: "ord_1" } }, { webhookId });
    expect(status).toBe(200);
    expect(body.outcome).toBe("ignored");
    const [row] = await db.select().from(deliveries).where(eq(deliveries.webhookId, webhookId));
    expect(row).toMatchObject({ type: "order.paid", outcome: "ignored" });
  });

  it("changes nothing on a duplicate delivery (same webhook id, or the same event again)", async () => {
    const { org, event } = await fixture();
    const payload = event({ status: "active" });
    await deliver(payload, { webhookId: "msg_dup_1" + org.id });
    const [before] = await subscriptionOf(org.id);
    const again = await deliver(payload, { webhookId: "msg_dup_1" + org.id });
    expect(again.body).toMatchObject({ outcome: "applied", redelivery: true });
    const sameEvent = await deliver(payload, { webhookId: "msg_dup_2" + org.id });
    expect(sameEvent.body.outcome).toBe("duplicate");
    expect(await subscriptionOf(org.id)).toEqual([before]);
    const rows = await deliveriesOf(payload.data.id);
    expect(rows.map((r) => [r.outcome, r.attempts]).sort()).toEqual([["applied", 2], ["duplicate", 1]]);
  });

  it("never lets an older event overwrite newer state (out of order)", async () => {
    const { org, event } = await fixture();
    const polarId = `sub_${randomUUID()}`;
    const newer = await deliver(event({ polarId, type: "subscription.canceled", status: "canceled", modifiedAt: "2026-11-20T00:00:00Z" }));
    expect(newer.body.outcome).toBe("applied");
    const older = await deliver(event({ polarId, type: "subscription.updated", status: "active", modifiedAt: "2026-11-19T23:59:59Z", currentPeriodEnd: "2027-06-01T00:00:00Z" }));
    expect(older.body.outcome).toBe("stale");
    const [row] = await subscriptionOf(org.id);
    expect(row.status).toBe("canceled");
    expect(row.currentPeriodEnd?.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(row.polarEventAt?.toISOString()).toBe("2026-11-20T00:00:00.000Z");
  });

  it("lets a new Polar subscription take over the organization's canceled row", async () => {
    const { org, plan, event } = await fixture();
    const old = await insertSubscription({ organizationId: org.id, planId: plan.id, status: "canceled", polarSubscriptionId: `sub_old_${org.id}`, polarEventAt: new Date("2026-12-01T00:00:00Z") });
    const payload = event({ type: "subscription.created", status: "active", modifiedAt: "2026-11-25T00:00:00Z" });
    const { body } = await deliver(payload);
    expect(body.outcome).toBe("applied");
    const rows = await subscriptionOf(org.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: old.id, status: "active", polarSubscriptionId: payload.data.id });
    expect(rows[0].polarEventAt?.toISOString()).toBe("2026-11-25T00:00:00.000Z");
  });

  it.each([
    ["a live Polar subscription", (org: string, plan: string) => insertSubscription({ organizationId: org, planId: plan, status: "past_due", polarSubscriptionId: `sub_live_${org}` })],
    ["a manual subscription", (org: string, plan: string) => insertSubscription({ organizationId: org, planId: plan, status: "active" })],
  ])("records a conflict and changes nothing when the organization has %s", async (_, existing) => {
    const { org, plan, event } = await fixture();
    const live = await existing(org.id, plan.id);
    const payload = event({ type: "subscription.created" });
    const { status, body } = await deliver(payload);
    expect(status).toBe(200);
    expect(body).toMatchObject({ outcome: "conflict", error: expect.stringContaining("live subscription") });
    expect(await subscriptionOf(org.id)).toEqual([live]);
    expect((await deliveriesOf(payload.data.id))[0].outcome).toBe("conflict");
  });

  it("keeps an event it cannot place as failed, and applies it when Polar redelivers after the fix", async () => {
    const { org } = await fixture();
    const payload = subscriptionEvent({ organizationId: org.id, productId: `prod_later_${org.id}` });
    const webhookId = `msg_${randomUUID()}`;
    const first = await deliver(payload, { webhookId });
    expect(first.body).toMatchObject({ outcome: "failed", error: expect.stringContaining("No plan has Polar product id") });
    expect(await subscriptionOf(org.id)).toHaveLength(0);
    await insertPlan({ polarProductId: `prod_later_${org.id}` });
    const retry = await deliver(payload, { webhookId });
    expect(retry.body).toMatchObject({ outcome: "applied", redelivery: true });
    expect(await subscriptionOf(org.id)).toHaveLength(1);
    expect((await deliveriesOf(payload.data.id))[0]).toMatchObject({ outcome: "applied", attempts: 2, error: null });
  });
});

describe("POST /api/webhooks/polar: 50 concurrent deliveries", () => {
  it("of one webhook id: one delivery row (50 attempts) and one subscription", async () => {
    const { org, event } = await fixture();
    const payload = event({ type: "subscription.created" });
    const webhookId = `msg_${randomUUID()}`;
    const responses = await Promise.all(Array.from({ length: 50 }, () => deliver(payload, { webhookId })));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(responses.filter((r) => !r.body.redelivery)).toHaveLength(1);
    expect(await subscriptionOf(org.id)).toHaveLength(1);
    const rows = await deliveriesOf(payload.data.id);
    expect(rows.map((r) => [r.outcome, r.attempts])).toEqual([["applied", 50]]);
    console.info("[measured] same webhook id ×50:", { subscriptionRows: 1, deliveryRows: rows.length, attempts: rows[0].attempts });
  });

  it("of one subscription's events in shuffled order: one row with the newest state", async () => {
    const { org, event } = await fixture();
    const polarId = `sub_${randomUUID()}`;
    const statuses = ["trialing", "active", "past_due", "unpaid", "canceled"];
    const events = Array.from({ length: 50 }, (_, i) =>
      event({
        polarId,
        type: i === 0 ? "subscription.created" : "subscription.updated",
        status: statuses[i % statuses.length],
        modifiedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
        currentPeriodEnd: new Date(Date.UTC(2027, 0, 1 + i)).toISOString(),
      }),
    );
    const shuffled = events.map((e, i) => ({ e, k: (i * 37) % 50 })).sort((a, b) => a.k - b.k).map((x) => x.e);
    const responses = await Promise.all(shuffled.map((payload) => deliver(payload)));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const rows = await subscriptionOf(org.id);
    expect(rows).toHaveLength(1);
    const newest = events[49].data;
    expect(rows[0]).toMatchObject({ polarSubscriptionId: polarId, status: "canceled" });
    expect(rows[0].currentPeriodEnd?.toISOString()).toBe(new Date(newest.current_period_end).toISOString());
    expect(rows[0].polarEventAt?.toISOString()).toBe(new Date(newest.modified_at!).toISOString());
    const outcomes = responses.map((r) => r.body.outcome as string);
    const counts = Object.fromEntries([...new Set(outcomes)].map((o) => [o, outcomes.filter((x) => x === o).length]));
    expect(Object.keys(counts).every((o) => o === "applied" || o === "stale")).toBe(true);
    expect(await db.$count(deliveries, eq(deliveries.polarSubscriptionId, polarId))).toBe(50);
    console.info("[measured] one subscription, 50 shuffled events:", { subscriptionRows: rows.length, outcomes: counts });
  });

  it("of one new subscription under 50 webhook ids: one row, one applied, the rest duplicates", async () => {
    const { org, event } = await fixture();
    const payload = event({ type: "subscription.created" });
    const responses = await Promise.all(Array.from({ length: 50 }, () => deliver(payload)));
    expect(await subscriptionOf(org.id)).toHaveLength(1);
    const outcomes = responses.map((r) => r.body.outcome);
    expect(outcomes.filter((o) => o === "applied")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(49);
    console.info("[measured] one new subscription, 50 webhook ids:", { subscriptionRows: 1, applied: 1, duplicate: 49 });
  });
});
