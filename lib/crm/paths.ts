// Where each CRM record lives in the console (links from messages, cells and related lists); the
// record pages come from the registry (lib/records/routes.ts).
import { recordHref } from "@/lib/records/routes";

export const salesPaths = {
  companies: "/sales/companies",
  company: (id: string) => recordHref("company", id)!,
  contacts: "/sales/contacts",
  deals: "/sales/deals",
  deal: (id: string) => recordHref("deal", id)!,
  activities: "/sales/activities",
  pipelines: "/sales/pipelines",
  board: (pipelineId: string) => recordHref("pipeline", pipelineId)!,
} as const;

/** The company path inside a duplicate-domain message, for the form to turn into a link. */
export const companyPathPattern = /\/sales\/companies\/([0-9a-f-]{36})/;
