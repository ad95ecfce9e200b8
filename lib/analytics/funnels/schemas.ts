import { z } from "zod";
import { FUNNEL_MAX_STEPS, FUNNEL_MIN_STEPS } from "@/lib/db/schema/analytics-values";

/**
 * funnels.steps as stored: an ordered JSON array of 2–10 steps, each `{ "event": "<event name>" }`
 * — e.g. [{"event":"page_view"},{"event":"signup"},{"event":"purchase"}]. A visitor reaches step
 * k when, after reaching step k−1, they send an event of that name within the conversion window
 * counted from their first step.
 */
export const funnelStep = z.object({ event: z.string().trim().min(1, { error: "Pick an event." }).max(200) });
export type FunnelStep = z.output<typeof funnelStep>;

export const funnelSteps = z
  .array(funnelStep)
  .min(FUNNEL_MIN_STEPS, { error: `A funnel has at least ${FUNNEL_MIN_STEPS} steps.` })
  .max(FUNNEL_MAX_STEPS, { error: `A funnel has at most ${FUNNEL_MAX_STEPS} steps.` });

export const funnelId = z.guid({ error: "That funnel does not exist." });

const funnelFields = z.object({
  appId: z.guid({ error: "Pick an app." }),
  name: z.string().trim().min(2, { error: "Give the funnel a name (at least 2 characters)." }).max(120),
  steps: funnelSteps,
});

export const createFunnelSchema = funnelFields;
export const updateFunnelSchema = funnelFields.omit({ appId: true }).extend({ id: funnelId });
export const funnelRefSchema = z.object({ id: funnelId });

/** The funnel report's inputs (from the page URL). */
export const funnelReportSchema = z.object({
  from: z.coerce.date(),
  to: z.coerce.date(),
  windowDays: z.coerce.number().int().min(1).max(90),
});
