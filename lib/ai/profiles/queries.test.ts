// The profiles grid's quick filters and per-row budget figures on hand-made rows (this month, UTC).
import { describe, expect, it } from "vitest";
import { loadGridState } from "@/lib/data-table/search-params";
import { db } from "@/lib/db/client";
import { tokenUsage, userProfiles } from "@/lib/db/schema";
import { createLogin } from "@/lib/test/auth";
import { usersOverBudget } from "../spend/queries";
import { profilesGrid } from "./grid";
import { listProfiles } from "./queries";

/** A user "grid_<key>" with this budget and `tokens` spent this month. */
async function profiled(key: string, budget: number, tokens: number) {
  const { id } = await createLogin("user", `grid_${key}`);
  await db.insert(userProfiles).values({ userId: id, monthlyTokenBudget: budget, displayName: `Grid ${key}` });
  if (tokens > 0) await db.insert(tokenUsage).values({ userId: id, model: "gpt-4o", promptTokens: tokens, completionTokens: 0 });
  return id;
}

const ids = (rows: { userId: string }[]) => rows.map((row) => row.userId).sort();

describe("listProfiles", () => {
  it("filters over budget and above 80% the way budgetState decides, and shows each row's share", async () => {
    const over = await profiled("over", 1_000, 1_001);
    const full = await profiled("full", 1_000, 1_000);
    const near = await profiled("near", 1_000, 801);
    const eighty = await profiled("eighty", 1_000, 800);
    const none = await profiled("none", 0, 50_000);
    const idle = await profiled("idle", 1_000, 0);
    const search = "q=grid_";

    const all = await listProfiles(loadGridState(profilesGrid, search));
    expect(ids(all.rows)).toEqual([over, full, near, eighty, none, idle].sort());
    const byUser = new Map(all.rows.map((row) => [row.userId, row]));
    expect(byUser.get(over)).toMatchObject({ tokensThisMonth: 1_001, budgetState: "over", budgetShare: 1.001 });
    expect(byUser.get(full)).toMatchObject({ budgetState: "near", budgetShare: 1 });
    expect(byUser.get(eighty)).toMatchObject({ budgetState: "ok" });
    expect(byUser.get(none)).toMatchObject({ tokensThisMonth: 50_000, budgetState: "none", budgetShare: null });
    expect(byUser.get(idle)).toMatchObject({ tokensThisMonth: 0, budgetState: "ok", budgetShare: 0 });

    expect(ids((await listProfiles(loadGridState(profilesGrid, `${search}&budgetUse=over`))).rows)).toEqual([over]);
    expect(ids((await listProfiles(loadGridState(profilesGrid, `${search}&budgetUse=above80`))).rows)).toEqual([over, full, near].sort());
    expect(ids((await listProfiles(loadGridState(profilesGrid, `${search}&budgetUse=over,above80`))).rows)).toEqual([over, full, near].sort());

    const spend = await usersOverBudget();
    expect(spend.users.map((u) => u.userId)).toContain(over);
    expect(spend.users.map((u) => u.userId)).not.toContain(full);
  });
});
