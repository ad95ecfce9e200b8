// Budget math of the AI wrapper: a profile's monthly_token_budget is a soft cap on the tokens
// (prompt + completion) a user spends per calendar month in UTC; 0 means no budget. Pure
// functions, so the grid, the burn view and the SQL filters (lib/ai/profiles/queries.ts) agree.
import type { BudgetState } from "@/lib/db/schema/ai-values";

export type Month = {
  /** First day of the UTC month, YYYY-MM-DD (the rollup's `month`). */
  start: string;
  /** First day of the next UTC month: the window is [start, next). */
  next: string;
  days: number;
};

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The UTC calendar month holding `now`. */
export function monthOf(now: Date): Month {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { start: isoDay(start), next: isoDay(next), days: Math.round((next.getTime() - start.getTime()) / 86_400_000) };
}

/** A budget a user has: none without a profile or with 0. */
export function hasBudget(budget: number | null | undefined): budget is number {
  return typeof budget === "number" && budget > 0;
}

/** Share of the budget used (1 = all of it), null without a budget. */
export function budgetShare(tokens: number, budget: number | null | undefined): number | null {
  return hasBudget(budget) ? tokens / budget : null;
}

/**
 * Over: more tokens than the budget. Near: above 80% of it (integer comparison, as the SQL
 * filter does it: tokens × 5 > budget × 4). None: no budget.
 */
export function budgetState(tokens: number, budget: number | null | undefined): BudgetState {
  if (!hasBudget(budget)) return "none";
  if (tokens > budget) return "over";
  return tokens * 5 > budget * 4 ? "near" : "ok";
}

/** Fraction of the month gone at `now` (0 at its first instant, 1 at its end). */
export function monthElapsed(now: Date, month: Month = monthOf(now)): number {
  const start = Date.parse(`${month.start}T00:00:00Z`);
  const end = Date.parse(`${month.next}T00:00:00Z`);
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}

/** Tokens by month end if the rest of the month burns at the month-to-date rate (rounded). */
export function projectMonthEnd(tokensSoFar: number, now: Date): number {
  const elapsed = monthElapsed(now);
  return elapsed === 0 ? tokensSoFar : Math.round(tokensSoFar / elapsed);
}
