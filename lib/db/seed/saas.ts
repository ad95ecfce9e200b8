// Multi-tenant SaaS: organizations with memberships (one owner each), the plan catalog, one
// Polar-synced subscription per organization, and the append-only credit meter.
import { inArray } from "drizzle-orm";
import {
  apiUsage,
  consoleWebhookDeliveries,
  memberships,
  organizations,
  plans,
  subscriptions,
  type MemberRole,
  type SubscriptionStatus,
} from "../schema";
import { insertRows } from "./batch";
import type { EndUser, SeedContext } from "./context";
import { DemoIds } from "./ids";
import { slugify, uniqueCompanyName } from "./names";
import { DAY_MS, daysBefore, HOUR_MS, later, latest, Random } from "./random";

const ORGANIZATION_COUNT = 48;
const USAGE_WINDOW_DAYS = 90;
const TRIAL_DAYS = 14;
const BILLING_PERIOD_DAYS = 30;
const FOUNDING_DAYS = 21;

type PlanSlug = "free" | "pro" | "scale";

const planCatalog: Record<PlanSlug, { name: string; priceCents: number; monthlyCredits: number; creditsPerCall: [number, number] }> = {
  free: { name: "Free", priceCents: 0, monthlyCredits: 1_000, creditsPerCall: [1, 40] },
  pro: { name: "Pro", priceCents: 2_900, monthlyCredits: 50_000, creditsPerCall: [20, 2_500] },
  scale: { name: "Scale", priceCents: 19_900, monthlyCredits: 500_000, creditsPerCall: [200, 20_000] },
};

type Organization = { id: string; createdAt: Date; plan: PlanSlug; status: SubscriptionStatus; canceledAt: Date | null };

/** The plan catalog is looked up by slug: the plans may exist already under other ids. */
async function seedPlans(tx: SeedContext["tx"], rng: Random): Promise<Map<PlanSlug, string>> {
  const ids = new DemoIds("plan");
  const slugs = Object.keys(planCatalog) as PlanSlug[];
  await insertRows(
    tx,
    plans,
    slugs.map((slug) => {
      const { name, priceCents, monthlyCredits } = planCatalog[slug];
      return { id: ids.next(), slug, name, priceCents, monthlyCredits, polarProductId: rng.uuid() };
    }),
  );
  const rows = await tx.select({ id: plans.id, slug: plans.slug }).from(plans).where(inArray(plans.slug, slugs));
  return new Map(rows.map((r) => [r.slug as PlanSlug, r.id]));
}

function subscriptionStatus(rng: Random, org: { createdAt: Date }, now: Date): SubscriptionStatus {
  if (now.getTime() - org.createdAt.getTime() < TRIAL_DAYS * DAY_MS) return "trialing";
  return rng.weighted<SubscriptionStatus>([["active", 75], ["past_due", 8], ["canceled", 12], ["trialing", 5]]);
}

/** The end of the billing period running at `now` for a subscription started at `start`. */
function periodEndAfter(start: Date, now: Date): Date {
  const periods = Math.floor((now.getTime() - start.getTime()) / (BILLING_PERIOD_DAYS * DAY_MS)) + 1;
  return later(start, periods * BILLING_PERIOD_DAYS * DAY_MS);
}

export async function seedSaas({ tx, now, users }: SeedContext) {
  const rng = new Random(0x5aa5);
  const planIds = await seedPlans(tx, rng);
  const orgIds = new DemoIds("organization");
  const membershipIds = new DemoIds("membership");
  const subscriptionIds = new DemoIds("subscription");
  const names = new Set<string>();
  const orgs: Organization[] = [];
  const orgRows: (typeof organizations.$inferInsert)[] = [];
  const membershipRows: (typeof memberships.$inferInsert)[] = [];
  const subscriptionRows: (typeof subscriptions.$inferInsert)[] = [];
  const founders = users.filter((u) => u.createdAt < daysBefore(now, FOUNDING_DAYS + 1));

  for (let i = 0; i < ORGANIZATION_COUNT; i++) {
    // The demo end-user login owns the first organization.
    const owner: EndUser = i === 0 ? users[0] : rng.pick(founders);
    const name = uniqueCompanyName(rng, names);
    // Founders create their organization within a few weeks of signing up.
    const createdAt = rng.dateBetween(owner.createdAt, later(owner.createdAt, FOUNDING_DAYS * DAY_MS));
    const id = orgIds.next();
    orgRows.push({ id, slug: slugify(name), name, createdAt });

    membershipRows.push({ id: membershipIds.next(), organizationId: id, userId: owner.id, role: "owner", createdAt });
    const others = users.filter((u) => u.id !== owner.id);
    for (const member of rng.sample(others, rng.logInt(1, 15))) {
      membershipRows.push({
        id: membershipIds.next(),
        organizationId: id,
        userId: member.id,
        role: rng.weighted<MemberRole>([["admin", 20], ["member", 80]]),
        createdAt: rng.dateBetween(latest(createdAt, member.createdAt), now),
      });
    }

    const plan = rng.weighted<PlanSlug>([["free", 45], ["pro", 40], ["scale", 15]]);
    const status = subscriptionStatus(rng, { createdAt }, now);
    const canceledAt = status === "canceled" ? rng.dateBetween(createdAt, now) : null;
    const currentPeriodEnd =
      status === "trialing" ? later(createdAt, TRIAL_DAYS * DAY_MS) : periodEndAfter(createdAt, canceledAt ?? now);
    subscriptionRows.push({
      id: subscriptionIds.next(),
      organizationId: id,
      planId: planIds.get(plan)!,
      status,
      currentPeriodEnd: status === "past_due" ? later(currentPeriodEnd, -BILLING_PERIOD_DAYS * DAY_MS) : currentPeriodEnd,
      createdAt,
      polarSubscriptionId: rng.uuid(),
      polarEventAt: canceledAt ?? rng.dateBetween(latest(createdAt, daysBefore(now, 30)), now),
    });
    orgs.push({ id, createdAt, plan, status, canceledAt });
  }

  await insertRows(tx, organizations, orgRows);
  await insertRows(tx, memberships, membershipRows);
  await insertRows(tx, subscriptions, subscriptionRows);
  await insertRows(tx, apiUsage, buildUsage(rng, now, orgs));
  await insertRows(tx, consoleWebhookDeliveries, buildDeliveries(rng, subscriptionRows));
}

type Delivery = typeof consoleWebhookDeliveries.$inferInsert;

/**
 * The Polar webhook deliveries behind the seeded subscriptions — created, then the latest change —
 * plus one of each other outcome, so the deliveries grid shows them all.
 */
function buildDeliveries(rng: Random, subscriptionRows: (typeof subscriptions.$inferInsert)[]): Delivery[] {
  const ids = new DemoIds("webhookDelivery");
  const rows: Delivery[] = [];
  const delivery = (type: string, at: Date, sub: typeof subscriptions.$inferInsert, status: string, extra: Partial<Delivery> = {}): Delivery => ({
    id: ids.next(),
    webhookId: `msg_seed_${rng.hex(16)}`,
    type,
    receivedAt: at,
    outcome: "applied",
    polarSubscriptionId: sub.polarSubscriptionId,
    payload: {
      type,
      timestamp: at.toISOString(),
      data: {
        id: sub.polarSubscriptionId,
        status,
        product_id: null,
        created_at: sub.createdAt!.toISOString(),
        modified_at: at.toISOString(),
        current_period_end: sub.currentPeriodEnd?.toISOString() ?? null,
        metadata: { organization_id: sub.organizationId, plan_id: sub.planId },
      },
    },
    ...extra,
  });
  for (const sub of subscriptionRows) {
    const createdAt = sub.createdAt!;
    rows.push(delivery("subscription.created", createdAt, sub, "trialing"));
    const latest = sub.polarEventAt!;
    if (sub.status !== "trialing" && latest > createdAt) {
      const type = sub.status === "canceled" ? "subscription.canceled" : sub.status === "past_due" ? "subscription.past_due" : "subscription.active";
      rows.push(delivery(type, latest, sub, sub.status!));
    }
  }
  const [first, second, third] = subscriptionRows;
  const late = later(first.polarEventAt!, HOUR_MS);
  rows.push(delivery("subscription.updated", later(first.polarEventAt!, 60_000), first, first.status!, { outcome: "duplicate", attempts: 2 }));
  rows.push(delivery("subscription.updated", late, second, "active", { outcome: "stale", error: "A newer event for this subscription was applied already." }));
  rows.push(
    delivery("subscription.created", late, { ...third, polarSubscriptionId: `polar_sub_seed_${rng.hex(8)}` }, "active", {
      outcome: "conflict",
      error: `The organization already has a live subscription (Polar subscription ${third.polarSubscriptionId}, ${third.status}); not applied.`,
    }),
  );
  const orphan = { ...first, polarSubscriptionId: `polar_sub_seed_${rng.hex(8)}`, planId: undefined as never };
  rows.push(delivery("subscription.created", late, orphan, "active", { outcome: "failed", error: "The event names no Polar product, and the metadata names no plan.", attempts: 3 }));
  rows.push({ ...delivery("order.paid", late, first, "paid"), outcome: "ignored", error: "Not a subscription event (order.paid).", polarSubscriptionId: null });
  return rows;
}

/** Daily metered calls per organization over the last 90 days, until it canceled. */
function buildUsage(rng: Random, now: Date, orgs: Organization[]): (typeof apiUsage.$inferInsert)[] {
  const ids = new DemoIds("apiUsage");
  const rows: (typeof apiUsage.$inferInsert)[] = [];
  for (const org of orgs) {
    const keys = Array.from({ length: rng.int(1, 3) }, () => `key_${rng.hex(12)}`);
    const intensity = rng.next() * 2 + 0.5;
    const [minCredits, maxCredits] = planCatalog[org.plan].creditsPerCall;
    const activeDayChance = org.plan === "free" ? 0.4 : 0.75;
    const end = org.canceledAt ?? now;
    for (let day = latest(org.createdAt, daysBefore(now, USAGE_WINDOW_DAYS)); day < end; day = later(day, DAY_MS)) {
      if (!rng.chance(activeDayChance)) continue;
      for (let call = rng.int(1, 4); call > 0; call--) {
        const createdAt = later(day, rng.next() * 24 * HOUR_MS);
        if (createdAt > end) continue;
        rows.push({
          id: ids.next(),
          organizationId: org.id,
          apiKeyId: rng.chance(0.1) ? null : rng.pick(keys),
          creditsUsed: Math.max(1, Math.round(rng.logInt(minCredits, maxCredits) * intensity)),
          createdAt,
        });
      }
    }
  }
  return rows;
}
