import "server-only";
import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { cache } from "react";
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

export type RouteRefusal = "not-found" | "forbidden";

/**
 * Why the console refuses `pathname` to `staff` (an unknown path or record: "not-found", a page
 * the role may not read: "forbidden"), or null. Once per request: the root not-found and
 * forbidden pages ask again (lib/console-pages.ts knows every page).
 */
export const routeRefusal = cache(async (staff: Staff, pathname: string): Promise<RouteRefusal | null> => {
  const match = matchPage(pathSegments(pathname));
  if (!match) return "not-found";
  if (!match.page.permissions.every(([resource, action]) => can(staff.role, resource, action as never))) return "forbidden";
  for (const [param, kind] of Object.entries(match.page.records ?? {})) {
    if ((await recordName(staff, kind, match.params[param])) === null) return "not-found";
  }
  return null;
});

/**
 * Runs in the console layout, before anything streams, so a refusal gets its real status (403,
 * 404) instead of a 200 whose body says so. Pages repeat these checks for client-side
 * navigations, which don't re-render the layout.
 */
export async function gateRoute(staff: Staff, pathname: string) {
  const refusal = await routeRefusal(staff, pathname);
  if (refusal === "not-found") notFound();
  if (refusal === "forbidden") forbidden();
}

/**
 * Whether the gate refuses this request's path to `staff` as `refusal`. Next renders the root
 * not-found and forbidden pages into every page's payload: they draw the console shell only then.
 */
export async function gateRefuses(staff: Staff, refusal: RouteRefusal): Promise<boolean> {
  return (await routeRefusal(staff, await requestPath())) === refusal;
}

/** The path of the page being requested (empty outside the proxy's matcher). */
export async function requestPath(): Promise<string> {
  return (await headers()).get(pathHeader) ?? "";
}

/** That path's decoded segments, as a catch-all route's params would give them. */
export function pathSegments(pathname: string): string[] {
  return pathname.split("/").filter(Boolean).map(safeDecode);
}
