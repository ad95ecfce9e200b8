import { z } from "zod";

export const appId = z.guid({ error: "That app does not exist." });

export const appFields = z.object({
  name: z.string().trim().min(2, { error: "Give the app a name (at least 2 characters)." }).max(120, { error: "Use at most 120 characters." }),
  ownerId: z.string({ error: "Pick an owner." }).min(1, { error: "Pick an owner." }),
});

export const createAppSchema = appFields;
export const updateAppSchema = appFields.extend({ id: appId });
export const appRefSchema = z.object({ id: appId });
