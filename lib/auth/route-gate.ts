import "server-only";
import { headers } from "next/headers";
import { forbidden, notFound } from "next/navigation";
import { navigation } from "@/lib/navigation";
import { recordName } from "@/lib/records/names";
import { recordOfPath } from "@/lib/records/routes";
import { can } from "./permissions";
import { pathHeader } from "./route-gate-header";
import type { Staff } from "./session";


const navItems = navigation.flatMap((area) => area.items);

function safeDecode(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Runs in the console layout, before anything streams, so a refusal gets its real status (403,
 * 404) instead of a 200 whose body says so. The nav entry the path sits under names the permission
 * (pages still check their own); a record page's record must exist. Pages repeat these checks for
 * client-side navigations, which don't re-render the layout.
 */
export async function gateRoute(staff: Staff, pathname: string) {
  const item = navItems
    .filter((n) => pathname === n.href || pathname.startsWith(`${n.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  if (item && !can(staff.role, item.resource, item.action ?? "read")) forbidden();
  const record = recordOfPath(pathSegments(pathname));
  if (record && (await recordName(staff, record.resource, record.id)) === null) notFound();
}

/** The path of the page being requested (empty outside the proxy's matcher). */
export async function requestPath(): Promise<string> {
  return (await headers()).get(pathHeader) ?? "";
}

/** That path's decoded segments, as a catch-all route's params would give them. */
export function pathSegments(pathname: string): string[] {
  return pathname.split("/").filter(Boolean).map(safeDecode);
}
