import { z } from "zod";
import { aiModels } from "@/lib/db/schema/ai-values";

/** Far beyond any real monthly cap, well inside bigint and JavaScript's safe integers. */
export const maxMonthlyBudget = 1_000_000_000_000;

export const profileId = z.guid({ error: "That profile does not exist." });

const editableFields = z.object({
  displayName: z
    .string()
    .trim()
    .max(100, { error: "Use at most 100 characters." })
    .transform((name) => (name === "" ? null : name)),
  defaultModel: z.enum(aiModels, { error: "Pick a model." }),
  monthlyTokenBudget: z
    .number({ error: "Enter a number of tokens (0 for no budget)." })
    .int({ error: "Use whole tokens." })
    .min(0, { error: "A budget cannot be negative (0 means no budget)." })
    .max(maxMonthlyBudget, { error: "That is more than 1,000,000,000,000 tokens." }),
});

export const createProfileSchema = editableFields.extend({
  userId: z.string({ error: "Pick a user." }).min(1, { error: "Pick a user." }).max(200),
});
export const updateProfileSchema = editableFields.extend({ id: profileId });
export const profileRefSchema = z.object({ id: profileId });
