// Where each kind of record has its own page. Plain data, safe for client components: links to a
// record (grid cells, the audit log, breadcrumbs) are built from here, and the console layout's
// route gate knows every record page from here. One entry per kind of record with a detail page at
// `<base>/<id>`, with the permission that page asks for; its name lookup lives in lib/records/names.ts.
// Most kinds are a permission resource of the same name (so audit rows link to their record).
import type { Action, Resource } from "@/lib/auth/permissions";

export type Permission = readonly [Resource, Action];

export const recordPages = {
  user: { base: "/people/users", permission: ["user", "read"] },
  course: { base: "/learning/courses", permission: ["course", "read"] },
  organization: { base: "/billing/organizations", permission: ["organization", "read"] },
  trackedApp: { base: "/analytics/apps", permission: ["trackedApp", "read"] },
  funnel: { base: "/analytics/funnels", permission: ["funnel", "read"] },
  // A person's AI budget and burn, keyed by their user id.
  aiUser: { base: "/ai/users", permission: ["tokenUsage", "read"] },
  promptLog: { base: "/ai/prompt-logs", permission: ["promptLog", "read"] },
  company: { base: "/sales/companies", permission: ["company", "read"] },
  deal: { base: "/sales/deals", permission: ["deal", "read"] },
  // A pipeline's page is its deal board.
  pipeline: { base: "/sales/pipelines", permission: ["deal", "read"] },
} as const satisfies Record<string, { base: string; permission: Permission }>;

export type RecordKind = keyof typeof recordPages;

export function isRecordKind(kind: string): kind is RecordKind {
  return Object.hasOwn(recordPages, kind);
}

/** The page of one record, or null when its kind has none. */
export function recordHref(kind: string, id: string): string | null {
  return isRecordKind(kind) ? `${recordPages[kind].base}/${encodeURIComponent(id)}` : null;
}

/** The record a path (decoded segments) is the page of (`/learning/courses/<id>` → course <id>), else null. */
export function recordOfPath(segments: readonly string[]): { kind: RecordKind; id: string } | null {
  const path = `/${segments.slice(0, -1).join("/")}`;
  const id = segments.at(-1);
  if (!id || segments.length < 2) return null;
  const kind = (Object.keys(recordPages) as RecordKind[]).find((k) => recordPages[k].base === path);
  return kind ? { kind, id } : null;
}

/** Fields of audit before/after values that hold another record's id, and the kind of record. */
export const referenceFields: Record<string, RecordKind> = {
  userId: "user",
  studentId: "user",
  instructorId: "user",
  ownerId: "user",
  actorId: "user",
  courseId: "course",
  organizationId: "organization",
  appId: "trackedApp",
  funnelId: "funnel",
  companyId: "company",
  dealId: "deal",
  pipelineId: "pipeline",
};
