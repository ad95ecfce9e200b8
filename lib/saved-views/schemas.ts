import { z } from "zod";

/** A grid's identity: its page path, plus "#prefix" for a related list on a detail page. */
export const gridKey = z
  .string()
  .max(300)
  .regex(/^\/[A-Za-z0-9/_.~%-]*(#[a-z][a-zA-Z0-9]*)?$/, { error: "That is not a grid of the console." });

const name = z.string().trim().min(1, { error: "Name the view." }).max(80, { error: "At most 80 characters." });

export const createSavedViewSchema = z.object({
  grid: gridKey,
  name,
  /** The grid's URL state as "?…" (or "" for its defaults). */
  query: z.string().max(2000, { error: "This view's filters are too long to save." }).regex(/^(\?.*)?$/, { error: "That is not a grid's URL state." }),
  shared: z.boolean(),
});

export const updateSavedViewSchema = z.object({ id: z.uuid({ error: "Pick a view." }), name, shared: z.boolean() });

export const savedViewRefSchema = z.object({ id: z.uuid({ error: "Pick a view." }) });
