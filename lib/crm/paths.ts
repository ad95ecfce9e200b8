// Where each CRM record lives in the console (links from messages, cells and related lists).
export const salesPaths = {
  companies: "/sales/companies",
  company: (id: string) => `/sales/companies/${id}`,
  contacts: "/sales/contacts",
  deals: "/sales/deals",
  deal: (id: string) => `/sales/deals/${id}`,
  activities: "/sales/activities",
  pipelines: "/sales/pipelines",
  board: (pipelineId: string) => `/sales/pipelines/${pipelineId}`,
} as const;

/** The company path inside a duplicate-domain message, for the form to turn into a link. */
export const companyPathPattern = /\/sales\/companies\/([0-9a-f-]{36})/;
