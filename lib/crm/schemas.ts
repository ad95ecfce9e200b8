// The CRM's zod schemas, shared by the forms (client) and the actions (server).
import { z } from "zod";
import { activityTypes, dealStages } from "@/lib/db/schema/crm-values";
import { domainPattern, normalizeDomain } from "./domain";

const id = (what: string) => z.guid({ error: `That ${what} does not exist.` });
export const companyId = id("company");
export const contactId = id("contact");
export const pipelineId = id("pipeline");
export const dealId = id("deal");

const userRef = (what: string) => z.string({ error: `Pick ${what}.` }).trim().min(1, { error: `Pick ${what}.` });

/** Optional text: blank becomes null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Use at most ${max} characters.` })
    .nullish()
    .transform((value) => (value ? value : null));

/** A web domain typed any way (URL, www., capitals) stored normalised; blank is no domain. */
export const domainField = z
  .string()
  .max(253, { error: "That domain is too long." })
  .nullish()
  .transform((value) => (value ? normalizeDomain(value) : null))
  .refine((value) => value === null || domainPattern.test(value), { error: "Enter a domain like acme.com." });

/** Integer cents (the form types dollars, NumberField scale 100): no float money. */
export const amountCentsField = z
  .number({ error: "Enter an amount." })
  .int({ error: "Enter the amount in whole cents." })
  .min(0, { error: "The amount cannot be negative." })
  .max(1_000_000_000_00, { error: "The amount is too large." });

/** A calendar day "2026-03-31", stored as that day's UTC midnight; blank is none. */
const dayField = z
  .union([z.iso.date({ error: "Enter a date." }), z.literal(""), z.null(), z.undefined()])
  .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null));

const companyFields = z.object({
  name: z.string().trim().min(2, { error: "Give the company a name (at least 2 characters)." }).max(200, { error: "Use at most 200 characters." }),
  domain: domainField,
});
export const createCompanySchema = companyFields;
export const updateCompanySchema = companyFields.extend({ id: companyId });

const contactFields = z.object({
  name: optionalText(200),
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "Enter a valid email address." })),
  companyId: companyId.nullish().transform((value) => value ?? null),
  ownerId: userRef("an owner"),
});
export const createContactSchema = contactFields;
export const updateContactSchema = contactFields.extend({ id: contactId });
export const contactRefSchema = z.object({ id: contactId });

const pipelineFields = z.object({
  name: z.string().trim().min(2, { error: "Give the pipeline a name (at least 2 characters)." }).max(100, { error: "Use at most 100 characters." }),
});
export const createPipelineSchema = pipelineFields;
export const renamePipelineSchema = pipelineFields.extend({ id: pipelineId });
export const pipelineRefSchema = z.object({ id: pipelineId });

const dealFields = z.object({
  title: z.string().trim().min(2, { error: "Give the deal a title (at least 2 characters)." }).max(200, { error: "Use at most 200 characters." }),
  contactId: contactId,
  pipelineId: pipelineId,
  ownerId: userRef("an owner"),
  amountCents: amountCentsField,
  stage: z.enum(dealStages, { error: "Pick a stage." }),
  closeDate: dayField,
});
export const createDealSchema = dealFields;
export const updateDealSchema = dealFields.extend({ id: dealId });
export const dealRefSchema = z.object({ id: dealId });

/** A board move carries the version (xmin) of the deal as the board showed it. */
export const moveDealSchema = z.object({
  id: dealId,
  stage: z.enum(dealStages, { error: "Pick a stage." }),
  version: z.string().regex(/^\d+$/, { error: "Reload the board and try again." }),
});

export const logActivitySchema = z.object({
  dealId: dealId,
  type: z.enum(activityTypes, { error: "Pick call, email or note." }),
  body: z.string().trim().min(1, { error: "Say what happened." }).max(5000, { error: "Use at most 5000 characters." }),
});
