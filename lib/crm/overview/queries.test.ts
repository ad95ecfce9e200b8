// The stale-deals figures read the console_deal_last_activity rollup: it must follow activities
// however they arrive (plain INSERTs outside the console, several rows in one statement), when an
// actor's erasure cascades some of them away, and when deals change stage.
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { insertContact, insertDeal, insertPipeline } from "@/lib/crm/test-fixtures";
import { db } from "@/lib/db/client";
import { activities, consoleDealLastActivity, deals, user } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { createLogin } from "@/lib/test/auth";
import { salesOverview } from "./queries";

beforeAll(() => seedStaff(db));

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
// Bigger than anything else in the test database, so these deals lead the "biggest stale" list.
const huge = 9_000_000_000_000;

/** Each deal's latest activity time in the rollup. */
async function rollup(dealIds: string[]) {
  const rows = await db.select().from(consoleDealLastActivity).where(inArray(consoleDealLastActivity.dealId, dealIds));
  return Object.fromEntries(rows.map((row) => [row.dealId, row.lastActivityAt.toISOString()]));
}

async function stale() {
  const { stale } = await salesOverview();
  return { count: stale.count, ids: stale.deals.map((deal) => deal.id) };
}

describe("stale deals (open, no activity for 30 days)", () => {
  it("follow activities inserted directly, activities removed by an actor's erasure, and stage changes", async () => {
    const before = await stale();
    const pipeline = await insertPipeline();
    const contact = await insertContact();
    const deal = (amountCents: number, stage: "lead" | "qualified" | "won" = "lead") => insertDeal({ pipelineId: pipeline.id, contactId: contact.id, amountCents, stage });
    const quiet = await deal(huge + 4);
    const busy = await deal(huge + 3, "qualified");
    const untouched = await deal(huge + 2);
    const won = await deal(huge + 1, "won");
    const rep = await createLogin("user", `stale_rep_${pipeline.id.slice(0, 8)}`);

    const [at1, at5, at40, at45, at60, at90] = [1, 5, 40, 45, 60, 90].map(daysAgo);
    // One multi-row statement, as an outside writer would send it.
    await db.insert(activities).values([
      { dealId: quiet.id, actorId: "staff_admin", type: "call", occurredAt: at40 },
      { dealId: quiet.id, actorId: "staff_admin", type: "note", occurredAt: at45 },
      { dealId: busy.id, actorId: "staff_admin", type: "email", occurredAt: at60 },
      { dealId: busy.id, actorId: rep.id, type: "call", occurredAt: at5 },
    ]);
    expect(await rollup([quiet.id, busy.id, untouched.id, won.id])).toEqual({ [quiet.id]: at40.toISOString(), [busy.id]: at5.toISOString() });
    let now = await stale();
    expect(now.count - before.count).toBe(2);
    expect(now.ids.slice(0, 2)).toEqual([quiet.id, untouched.id]);

    // A recent activity of the quiet deal, inserted together with an older one: the newest wins.
    await db.insert(activities).values([
      { dealId: quiet.id, actorId: "staff_admin", type: "note", occurredAt: at90 },
      { dealId: quiet.id, actorId: "staff_admin", type: "call", occurredAt: at1 },
    ]);
    expect(await rollup([quiet.id])).toEqual({ [quiet.id]: at1.toISOString() });
    now = await stale();
    expect(now.count - before.count).toBe(1);
    expect(now.ids[0]).toBe(untouched.id);

    // Erasing the rep cascades their recent call away: the busy deal's latest is 60 days old again.
    await db.delete(user).where(eq(user.id, rep.id));
    expect(await rollup([busy.id])).toEqual({ [busy.id]: at60.toISOString() });
    now = await stale();
    expect(now.count - before.count).toBe(2);
    expect(now.ids.slice(0, 2)).toEqual([busy.id, untouched.id]);

    // Stage changes, from anywhere: a recently active deal that is won leaves the open count and
    // the active count alike (stale unchanged); a stale one that is lost leaves the stale ones.
    await db.update(deals).set({ stage: "won" }).where(eq(deals.id, quiet.id));
    await db.update(deals).set({ stage: "lost" }).where(eq(deals.id, busy.id));
    expect((await db.select({ stage: consoleDealLastActivity.stage }).from(consoleDealLastActivity).where(inArray(consoleDealLastActivity.dealId, [quiet.id, busy.id]))).map((r) => r.stage).sort()).toEqual(["lost", "won"]);
    now = await stale();
    expect(now.count - before.count).toBe(1);
    expect(now.ids[0]).toBe(untouched.id);
  });
});

