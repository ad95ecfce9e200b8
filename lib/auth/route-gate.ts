import "server-only";
import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { matchPage } from "@/lib/console-pages";
import { recordName } from "@/lib/records/names";
import { can } from "./permissions";
import { pathHeader } from "./route-gate-header";
import type { Staff } from "./session";

function safeDecode(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Runs in the console layout, before anything streams, so a refusal gets its real status (403,
 * 404) instead of a 200 whose body says so: an unknown path is a 404, a page the role may not read
 * a 403, a record page whose record doesn't exist a 404 (lib/console-pages.ts knows every page).
 * Pages repeat these checks for client-side navigations, which don't re-render the layout.
 */
export async function gateRoute(staff: Staff, pathname: string) {
  const match = matchPage(pathSegments(pathname));
  if (!match) notFound();
  if (!match.page.permissions.every(([resource, action]) => can(staff.role, resource, action as never))) forbidden();
  for (const [param, kind] of Object.entries(match.page.records ?? {})) {
    if ((await recordName(staff, kind, match.params[param])) === null) notFound();
  }
}

/** The path of the page being requested (empty outside the proxy's matcher). */
export async function requestPath(): Promise<string> {
  return (await headers()).get(pathHeader) ?? "";
}

/** That path's decoded segments, as a catch-all route's params would give them. */
export function pathSegments(pathname: string): string[] {
  return pathname.split("/").filter(Boolean).map(safeDecode);
}
