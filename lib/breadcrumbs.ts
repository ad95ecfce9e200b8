import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { navigation, segmentLabels } from "@/lib/navigation";
import { recordName } from "@/lib/records/names";
import { recordOfPath } from "@/lib/records/routes";

export type Crumb = { label: string; href: string };

const navItems = navigation.flatMap((area) => area.items);

function titleCase(segment: string) {
  return segment.replace(/[-_]+/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/**
 * Overview, then one crumb per path segment; every crumb is a page. An area segment that has no
 * page of its own (/people) links to the area's first page the role may read; a record's segment is
 * the record's name.
 */
export async function crumbsFor(staff: Staff, segments: readonly string[]): Promise<Crumb[]> {
  const crumbs: Crumb[] = [{ label: "Overview", href: "/" }];
  for (let i = 0; i < segments.length; i++) {
    const href = `/${segments.slice(0, i + 1).join("/")}`;
    const last = i === segments.length - 1;
    const item = navItems.find((n) => n.href === href);
    const record = recordOfPath(segments.slice(0, i + 1));
    const firstPage = navItems.find((n) => n.href.startsWith(`${href}/`) && can(staff.role, n.resource, n.action ?? "read"));
    const segmentLabel = segmentLabels[segments[i]];
    const label = record
      ? ((await recordName(staff, record.resource, record.id)) ?? "Not found")
      : ((last ? (item?.label ?? segmentLabel) : (segmentLabel ?? item?.label)) ?? titleCase(segments[i]));
    crumbs.push({ label, href: item || record || !firstPage ? href : firstPage.href });
  }
  return crumbs;
}
