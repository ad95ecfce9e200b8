import { z } from "zod";
import { slugField } from "@/lib/forms/slug";

export const planId = z.guid({ error: "That plan does not exist." });

/** Up to $1,000,000.00 a month, in integer cents (the form's money field types dollars). */
const maxPriceCents = 100_000_000;

const planFields = z.object({
  name: z.string().trim().min(2, { error: "Give the plan a name (at least 2 characters)." }).max(100, { error: "Use at most 100 characters." }),
  slug: slugField("pro", 2),
  priceCents: z
    .number({ error: "Enter a monthly price (0 for a free plan)." })
    .int({ error: "Use whole cents." })
    .min(0, { error: "A price cannot be negative." })
    .max(maxPriceCents, { error: "At most $1,000,000.00 a month." }),
  monthlyCredits: z
    .number({ error: "Enter the monthly credits (0 for none)." })
    .int({ error: "Use a whole number of credits." })
    .min(0, { error: "Credits cannot be negative." })
    .max(1_000_000_000_000, { error: "At most a trillion credits." }),
  // Empty means a plan Polar does not sell (invoiced or internal).
  polarProductId: z
    .string()
    .trim()
    .max(200, { error: "Use at most 200 characters." })
    .nullish()
    .transform((value) => value || null),
});

export const createPlanSchema = planFields;
export const updatePlanSchema = planFields.extend({ id: planId });
export const planRefSchema = z.object({ id: planId });
