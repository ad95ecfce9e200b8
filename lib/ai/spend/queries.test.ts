// The spend views on hand-made rows in a month no other test writes to (March 2031, UTC).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { promptLogs, tokenUsage, userProfiles } from "@/lib/db/schema";
import { createLogin } from "@/lib/test/auth";
import { costPerModel, modelQuality, promptVsCompletionTokens, spendTotals, topSpenders, userBurn } from "./queries";

const range = { from: "2031-03-01", to: "2031-03-03" };

describe("spend views", () => {
  it("stack cost per model per day with empty days as 0, and total the range exactly", async () => {
    const { id } = await createLogin("user", "spend_user");
    await db.insert(userProfiles).values({ userId: id, monthlyTokenBudget: 310 });
    await db.insert(tokenUsage).values([
      { userId: id, model: "gpt-4o", promptTokens: 10, completionTokens: 5, costMicrocents: 4_000_000_000_000_001, createdAt: new Date("2031-03-01T00:00:00Z") },
      { userId: id, model: "gpt-4o", promptTokens: 20, completionTokens: 5, costMicrocents: 7, createdAt: new Date("2031-03-01T23:59:59.999Z") },
      { userId: id, model: "o3-mini", promptTokens: 1, completionTokens: 2, costMicrocents: 3, createdAt: new Date("2031-03-03T12:00:00Z") },
      // Outside the range on both sides.
      { userId: id, model: "o3-mini", promptTokens: 100, completionTokens: 0, costMicrocents: 100, createdAt: new Date("2031-02-28T23:59:59.999Z") },
      { userId: id, model: "o3-mini", promptTokens: 100, completionTokens: 0, costMicrocents: 100, createdAt: new Date("2031-03-04T00:00:00Z") },
    ]);

    const cost = await costPerModel(range, "day");
    expect(cost.keys).toEqual(["gpt-4o", "o3-mini"]);
    expect(cost.rows.map((row) => row.bucket)).toEqual(["2031-03-01", "2031-03-02", "2031-03-03"]);
    expect(cost.rows[1].values).toEqual({ "gpt-4o": 0, "o3-mini": 0 });
    expect(cost.rows[2].values["o3-mini"]).toBe(3);

    const tokens = await promptVsCompletionTokens(range, "day");
    expect(tokens.rows[0].values).toEqual({ Prompt: 30, Completion: 10 });
    expect(tokens.rows[2].values).toEqual({ Prompt: 1, Completion: 2 });

    // Past 2^53: exact as text, never a float sum.
    expect(await spendTotals(range)).toEqual({ costMicrocents: "4000000000000011", promptTokens: 31, completionTokens: 12, calls: 3 });

    // The whole month (4 March included, February not).
    const [top] = await topSpenders(new Date("2031-03-15T00:00:00Z"));
    expect(top).toMatchObject({ userId: id, costMicrocents: "4000000000000111", tokens: 143, budget: 310 });

    // Month to date on 3 March 12:00 (2.5 of 31 days gone): 43 tokens so far → 533 by month end, past 310.
    const burn = await userBurn(id, 310, new Date("2031-03-03T12:00:00Z"));
    expect(burn.points.slice(0, 3).map((p) => p.actual)).toEqual([40, 40, 43]);
    expect(burn.tokens).toBe(43);
    expect(burn.points).toHaveLength(31);
    expect(burn.projected).toBe(Math.round(43 / (2.5 / 31)));
    expect(burn.points.at(-1)?.projected).toBe(burn.projected);
    expect(burn.points[3].actual).toBeNull();
    expect(burn.projectedState).toBe("over");
  });

  it("give per-model error and filtered rates and latency percentiles from the prompt logs", async () => {
    const { id } = await createLogin("user", "spend_quality");
    const at = new Date("2031-03-02T10:00:00Z");
    await db.insert(promptLogs).values([
      ...[100, 200, 300, 400].map((latencyMs) => ({ userId: id, model: "claude-haiku", prompt: "p", completion: "c", latencyMs, createdAt: at })),
      { userId: id, model: "claude-haiku", prompt: "p", status: "error" as const, latencyMs: 1_000, createdAt: at },
      { userId: id, model: "gpt-4o", prompt: "p", completion: "c", status: "filtered" as const, latencyMs: 50, createdAt: at },
    ]);
    const [haiku, gpt, ...rest] = await modelQuality(range);
    expect(rest).toEqual([]);
    expect(haiku).toMatchObject({ model: "claude-haiku", calls: 5, errorRate: 0.2, filteredRate: 0, p50: 300 });
    // Interpolated between the two slowest (400 and 1,000 ms).
    expect(haiku.p95).toBeCloseTo(880, 6);
    expect(gpt).toEqual({ model: "gpt-4o", calls: 1, errorRate: 0, filteredRate: 1, p50: 50, p95: 50 });
  });
});
