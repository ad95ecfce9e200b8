import { describe, expect, it } from "vitest";
import { createApp } from "@/lib/analytics/test-fixtures";
import { db } from "@/lib/db/client";
import { events } from "@/lib/db/schema";
import { funnelReport } from "./report";

const MINUTE = 60_000;
const base = new Date("2026-11-20T10:00:00Z").getTime();

// Steps A → B → C, a 1-day conversion window, step 1 counted between base − 1 h and base + 1 h.
const visits: Record<string, [string, number][]> = {
  v1: [["A", 0], ["B", 10], ["C", 20]], // all three; 10 min, 10 min
  v2: [["A", 0], ["C", 5], ["B", 15]], // A, B (its C came before B); 15 min
  v3: [["B", 0], ["A", 5], ["B", 20], ["C", 30]], // the B before A does not count; 15 min, 10 min
  v4: [["A", 0], ["B", 24 * 60 + 10]], // B a day and 10 minutes later: outside a 1-day window
  v5: [["A", 0]],
  v6: [["C", 0], ["B", 5]], // never entered
  v7: [["A", 0], ["A", 10], ["B", 24 * 60 - 10], ["C", 24 * 60 + 5]], // window counts from the first A: B in, C out
  v8: [["A", -90]], // step 1 before the range: not in the funnel
};

describe("funnelReport", () => {
  it("counts visitors reaching each step in order within the window, with conversion, drop-off and median times", async () => {
    const app = await createApp("funnel_math");
    await db.insert(events).values(
      Object.entries(visits).flatMap(([visitor, steps]) =>
        steps.map(([name, minutes]) => ({ appId: app.id, name, anonymousId: visitor, occurredAt: new Date(base + minutes * MINUTE) })),
      ),
    );
    const report = await funnelReport({
      appId: app.id,
      steps: [{ event: "A" }, { event: "B" }, { event: "C" }],
      from: new Date(base - 60 * MINUTE),
      to: new Date(base + 60 * MINUTE),
      windowDays: 1,
    });
    expect(report).toEqual([
      { step: 1, event: "A", visitors: 6, conversion: 1, stepConversion: 1, dropOff: 0, medianSeconds: null },
      // B: v1 (10 min), v2 (15), v3 (15), v7 (23 h 50 min) → median 15 min
      { step: 2, event: "B", visitors: 4, conversion: 4 / 6, stepConversion: 4 / 6, dropOff: 2, medianSeconds: 15 * 60 },
      // C: v1 (10 min), v3 (10 min)
      { step: 3, event: "C", visitors: 2, conversion: 2 / 6, stepConversion: 2 / 4, dropOff: 2, medianSeconds: 10 * 60 },
    ]);
  });

  it("needs a second event for a repeated step name", async () => {
    const app = await createApp("funnel_repeat");
    await db.insert(events).values([
      { appId: app.id, name: "view", anonymousId: "once", occurredAt: new Date(base) },
      { appId: app.id, name: "view", anonymousId: "twice", occurredAt: new Date(base) },
      { appId: app.id, name: "view", anonymousId: "twice", occurredAt: new Date(base + MINUTE) },
    ]);
    const report = await funnelReport({
      appId: app.id,
      steps: [{ event: "view" }, { event: "view" }],
      from: new Date(base - MINUTE),
      to: new Date(base + 10 * MINUTE),
      windowDays: 7,
    });
    expect(report.map((r) => r.visitors)).toEqual([2, 1]);
  });
});
