import "server-only";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { matchPage } from "@/lib/console-pages";
import { navigation, segmentLabels } from "@/lib/navigation";
import { recordName } from "@/lib/records/names";
import { recordHref, recordOfPath, type RecordKind } from "@/lib/records/routes";

export type Crumb = { label: string; href: string };

const navItems = navigation.flatMap((area) => area.items);

function titleCase(segment: string) {
  return segment.replace(/[-_]+/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/** Whether a segment is a param of the page the whole path opens, and the kind of record it names (`appId` of a visitor's page). */
function paramAt(segments: readonly string[], index: number): { kind?: RecordKind } | null {
  const match = matchPage(segments);
  const param = match?.page.path.split("/").filter(Boolean)[index]?.match(/^\[(\w+)\]$/)?.[1];
  return param ? { kind: match?.page.records?.[param] } : null;
}

/**
 * Overview, then one crumb per path segment; every crumb is a page. A segment that is no page of its
 * own links to the first page under it the role may read (/people → Users), or, when it names a
 * record, to that record's page, and is left out when neither exists; a record's crumb is its name.
 */
export async function crumbsFor(staff: Staff, segments: readonly string[]): Promise<Crumb[]> {
  const crumbs: Crumb[] = [{ label: "Overview", href: "/" }];
  for (let i = 0; i < segments.length; i++) {
    const prefix = segments.slice(0, i + 1);
    const href = `/${prefix.map(encodeURIComponent).join("/")}`;
    const last = i === segments.length - 1;
    const isPage = matchPage(prefix) !== null;
    const param = paramAt(segments, i);
    const record = recordOfPath(prefix) ?? (param?.kind ? { kind: param.kind, id: segments[i] } : null);
    if (record) {
      const name = (await recordName(staff, record.kind, record.id)) ?? "Not found";
      crumbs.push({ label: name, href: isPage ? href : (recordHref(record.kind, record.id) ?? href) });
      continue;
    }
    const item = navItems.find((n) => n.href === `/${prefix.join("/")}`);
    const segmentLabel = segmentLabels[segments[i]];
    // An area's crumb is the area ("Learning", not "Learning overview") unless it is the page itself.
    const area = i === 0 && !last;
    const label = param ? segments[i] : ((area ? (segmentLabel ?? item?.label) : (item?.label ?? segmentLabel)) ?? titleCase(segments[i]));
    if (isPage || last) {
      crumbs.push({ label, href });
      continue;
    }
    const firstPage = navItems.find((n) => n.href.startsWith(`/${prefix.join("/")}/`) && can(staff.role, n.resource, n.action ?? "read"));
    if (firstPage) crumbs.push({ label, href: firstPage.href });
  }
  return crumbs;
}
