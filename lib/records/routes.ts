// Where each kind of record has its own page. Plain data, safe for client components: links to a
// record (grid cells, the audit log, breadcrumbs) are built from here. One entry per resource with a
// detail page at `<base>/<id>`; its name lookup lives in lib/records/names.ts.
import type { Resource } from "@/lib/auth/permissions";

export const recordPages = {
  user: "/people/users",
  course: "/learning/courses",
} satisfies Partial<Record<Resource, string>>;

export type RecordResource = keyof typeof recordPages;

export function isRecordResource(resource: string): resource is RecordResource {
  return Object.hasOwn(recordPages, resource);
}

/** The page of one record, or null when its resource has none. */
export function recordHref(resource: string, id: string): string | null {
  return isRecordResource(resource) ? `${recordPages[resource]}/${encodeURIComponent(id)}` : null;
}

/** The record a path (decoded segments) is the page of (`/learning/courses/<id>` → course <id>), else null. */
export function recordOfPath(segments: readonly string[]): { resource: RecordResource; id: string } | null {
  const path = `/${segments.slice(0, -1).join("/")}`;
  const id = segments.at(-1);
  if (!id) return null;
  const resource = (Object.keys(recordPages) as RecordResource[]).find((r) => recordPages[r] === path);
  return resource ? { resource, id } : null;
}

/** Fields of audit before/after values that hold another record's id. */
export const referenceFields: Record<string, RecordResource> = {
  userId: "user",
  studentId: "user",
  instructorId: "user",
  courseId: "course",
};
