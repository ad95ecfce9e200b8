import { z } from "zod";
import { slugField } from "@/lib/forms/slug";

export const organizationId = z.guid({ error: "That organization does not exist." });

const organizationFields = z.object({
  name: z.string().trim().min(2, { error: "Give the organization a name (at least 2 characters)." }).max(200, { error: "Use at most 200 characters." }),
  slug: slugField("acme-labs", 2),
});

export const createOrganizationSchema = organizationFields;
export const updateOrganizationSchema = organizationFields.extend({ id: organizationId });
export const organizationRefSchema = z.object({ id: organizationId });
