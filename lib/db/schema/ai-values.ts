// The AI wrapper's fixed value lists (the CHECK constraint in ai.ts), as plain data: grids, forms
// and badges in the browser import them from here, keeping drizzle's tables out of client bundles.

/** Models the wrapper bills (provider ids, opaque to the console); a profile's default is one of them. */
export const aiModels = ["gpt-4o", "gpt-4o-mini", "claude-sonnet", "claude-haiku", "gemini-1.5-pro", "o3-mini"] as const;
export type AiModel = (typeof aiModels)[number];
export const defaultAiModel: AiModel = "gpt-4o-mini";

export const callStatuses = ["ok", "error", "filtered"] as const;
export type CallStatus = (typeof callStatuses)[number];

export const callStatusLabels: Record<CallStatus, string> = { ok: "OK", error: "Error", filtered: "Filtered" };
export const callStatusBadges = { ok: "success", error: "destructive", filtered: "warning" } as const satisfies Record<CallStatus, string>;

/** Where a profile stands against its soft monthly token cap (0 = no budget). */
export const budgetStates = ["none", "ok", "near", "over"] as const;
export type BudgetState = (typeof budgetStates)[number];
export const budgetStateLabels: Record<BudgetState, string> = { none: "No budget", ok: "Within budget", near: "Above 80%", over: "Over budget" };
export const budgetStateBadges = { none: "outline", ok: "secondary", near: "warning", over: "destructive" } as const satisfies Record<BudgetState, string>;
