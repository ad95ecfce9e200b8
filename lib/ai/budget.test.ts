// The budget math on hand-made rows with known answers: the UTC month boundary, a user without a
// profile, a budget of 0, and the rollup the trigger keeps against a direct sum of token_usage.
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { tokenUsage, userProfiles } from "@/lib/db/schema";
import { createLogin } from "@/lib/test/auth";
import { budgetShare, budgetState, monthElapsed, monthOf, projectMonthEnd } from "./budget";
import { monthUsageOf, userBudget } from "./profiles/queries";

async function usage(userId: string, createdAt: string, promptTokens: number, completionTokens: number, costMicrocents = 0) {
  await db.insert(tokenUsage).values({ userId, model: "gpt-4o", promptTokens, completionTokens, costMicrocents, createdAt: new Date(createdAt) });
}

describe("monthOf", () => {
  it("is the UTC calendar month, whatever the local time", () => {
    expect(monthOf(new Date("2026-01-31T23:59:59.999Z"))).toEqual({ start: "2026-01-01", next: "2026-02-01", days: 31 });
    expect(monthOf(new Date("2026-02-01T00:00:00.000Z"))).toEqual({ start: "2026-02-01", next: "2026-03-01", days: 28 });
    expect(monthOf(new Date("2028-02-15T12:00:00Z")).days).toBe(29);
    expect(monthOf(new Date("2026-12-31T23:00:00-05:00")).start).toBe("2027-01-01");
  });
});

describe("budgetState", () => {
  it("has no budget for 0 or no profile, whatever was spent", () => {
    expect(budgetState(5_000_000, 0)).toBe("none");
    expect(budgetState(5_000_000, null)).toBe("none");
    expect(budgetShare(5_000_000, 0)).toBeNull();
  });

  it("is over strictly past the budget and near strictly above 80%", () => {
    expect(budgetState(800, 1_000)).toBe("ok");
    expect(budgetState(801, 1_000)).toBe("near");
    expect(budgetState(1_000, 1_000)).toBe("near");
    expect(budgetState(1_001, 1_000)).toBe("over");
    expect(budgetShare(1_500, 1_000)).toBe(1.5);
  });
});

describe("projection", () => {
  it("extrapolates the month-to-date rate to the month's end", () => {
    // 1 June 00:00 + 10 days of 30 → a third of the month: 1,000 tokens → 3,000.
    const now = new Date("2026-06-11T00:00:00Z");
    expect(monthElapsed(now)).toBeCloseTo(1 / 3, 10);
    expect(projectMonthEnd(1_000, now)).toBe(3_000);
    expect(projectMonthEnd(0, new Date("2026-06-01T00:00:00Z"))).toBe(0);
  });
});

describe("this month's usage (the rollup)", () => {
  it("counts a call at 23:59:59.999 UTC on the 31st in January and one at 00:00 on the 1st in February", async () => {
    const { id } = await createLogin("user", "budget_boundary");
    await usage(id, "2026-01-31T23:59:59.999Z", 100, 20, 1_000);
    await usage(id, "2026-02-01T00:00:00.000Z", 7, 3, 50);
    // 01:00 on 1 February in Paris is 00:00 UTC: February too.
    await usage(id, "2026-02-01T01:00:00+01:00", 1, 1, 5);
    const january = (await monthUsageOf([id], new Date("2026-01-15T00:00:00Z"))).get(id);
    const february = (await monthUsageOf([id], new Date("2026-02-28T23:00:00Z"))).get(id);
    expect(january).toEqual({ tokens: 120, costMicrocents: "1000", calls: 1 });
    expect(february).toEqual({ tokens: 12, costMicrocents: "55", calls: 2 });
    expect((await monthUsageOf([id], new Date("2026-03-01T00:00:00Z"))).get(id)).toBeUndefined();
  });

  it("folds a multi-row insert into the same totals a direct sum gives", async () => {
    const { id } = await createLogin("user", "budget_batch");
    const rows = Array.from({ length: 40 }, (_, i) => ({
      userId: id,
      model: i % 2 ? "gpt-4o" : "claude-haiku",
      promptTokens: 10 + i,
      completionTokens: i,
      costMicrocents: 1_000_003 * i,
      createdAt: new Date(Date.UTC(2026, 3, 1 + (i % 30), i % 24)),
    }));
    await db.insert(tokenUsage).values(rows);
    const [direct] = await db
      .select({ tokens: sql<number>`sum(prompt_tokens + completion_tokens)::int`, cost: sql<string>`sum(cost_microcents)::text` })
      .from(tokenUsage)
      .where(eq(tokenUsage.userId, id));
    expect((await monthUsageOf([id], new Date("2026-04-20T00:00:00Z"))).get(id)).toEqual({ tokens: direct.tokens, costMicrocents: direct.cost, calls: 40 });
    expect(direct.tokens).toBe(40 * 10 + 2 * (39 * 40) / 2);
  });

  it("gives a user without a profile their tokens and no budget", async () => {
    const { id } = await createLogin("user", "budget_no_profile");
    await usage(id, "2026-05-10T10:00:00Z", 900, 100);
    const budget = await userBudget(id, new Date("2026-05-20T00:00:00Z"));
    expect(budget).toMatchObject({ profile: null, budget: null, share: null, state: "none", usage: { tokens: 1_000, calls: 1 } });
  });

  it("treats a budget of 0 as none, and a budget as over once passed", async () => {
    const zero = await createLogin("user", "budget_zero");
    const capped = await createLogin("user", "budget_capped");
    await db.insert(userProfiles).values([
      { userId: zero.id, monthlyTokenBudget: 0 },
      { userId: capped.id, monthlyTokenBudget: 1_000 },
    ]);
    await usage(zero.id, "2026-05-10T10:00:00Z", 50_000, 50_000);
    await usage(capped.id, "2026-05-10T10:00:00Z", 1_000, 1);
    const now = new Date("2026-05-20T00:00:00Z");
    expect(await userBudget(zero.id, now)).toMatchObject({ budget: null, state: "none", usage: { tokens: 100_000 } });
    expect(await userBudget(capped.id, now)).toMatchObject({ budget: 1_000, state: "over", share: 1.001 });
    expect(await userBudget("nobody_here", now)).toBeNull();
  });
});
