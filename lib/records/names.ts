import "server-only";
import { cache } from "react";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { courseTitles } from "@/lib/learning/courses/queries";
import { userNames } from "@/lib/people/queries";
import type { RecordResource } from "./routes";

/** Per resource with a page: its records' display names by id, for a batch of ids (unknown ids left out). */
const lookups: Record<RecordResource, (ids: string[]) => Promise<Map<string, string>>> = {
  user: userNames,
  course: courseTitles,
};

export type RecordRef = { resource: RecordResource; id: string };

/** `resource:id` → name for the records `staff` may read; one query per resource. */
export async function recordNames(staff: Staff, refs: readonly RecordRef[]): Promise<Record<string, string>> {
  const byResource = new Map<RecordResource, Set<string>>();
  for (const ref of refs) {
    if (!can(staff.role, ref.resource, "read")) continue;
    byResource.set(ref.resource, (byResource.get(ref.resource) ?? new Set()).add(ref.id));
  }
  const names: Record<string, string> = {};
  await Promise.all(
    [...byResource].map(async ([resource, ids]) => {
      for (const [id, name] of await lookups[resource]([...ids])) names[`${resource}:${id}`] = name;
    }),
  );
  return names;
}

/** One record's name, or null when it doesn't exist (memoised per request: the layout and the breadcrumbs ask alike). */
export const recordName = cache(async (staff: Staff, resource: RecordResource, id: string): Promise<string | null> => {
  const names = await recordNames(staff, [{ resource, id }]);
  return names[`${resource}:${id}`] ?? null;
});
