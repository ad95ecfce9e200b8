// Every page of the console, as the route gate (lib/auth/route-gate.ts) and the breadcrumbs know
// them: the sidebar's entries, the record pages (lib/records/routes.ts) and the few others below.
// A path that matches none is a 404. lib/console-pages.test.ts proves every page.tsx under
// app/(console) is here, asking for the same permissions as the page itself.
import { recordPages, type Permission, type RecordKind } from "@/lib/records/routes";
import { navigation } from "./navigation";

export type ConsolePage = {
  /** `/a/b`, with `[param]` for a segment that varies. */
  path: string;
  /** What the page's requirePermission calls ask for (none: any staff member). */
  permissions: readonly Permission[];
  /** The params that name a record, and its kind: the record must exist (else 404). */
  records?: Readonly<Record<string, RecordKind>>;
};

const otherPages: ConsolePage[] = [
  { path: "/", permissions: [["user", "read"]] },
  // The bench's floor: the shell and nothing else.
  { path: "/blank", permissions: [] },
  // Redirects to /ai/spend.
  { path: "/ai", permissions: [] },
  {
    path: "/analytics/visitors/[appId]/[visitor]",
    permissions: [
      ["event", "read"],
      ["visitorSession", "read"],
    ],
    records: { appId: "trackedApp" },
  },
];

export const consolePages: readonly ConsolePage[] = [
  ...otherPages,
  ...navigation.flatMap((area) => area.items).map((item) => ({ path: item.href, permissions: [[item.resource, item.action ?? "read"] as const] })),
  ...(Object.keys(recordPages) as RecordKind[]).map((kind) => ({
    path: `${recordPages[kind].base}/[id]`,
    permissions: [recordPages[kind].permission],
    records: { id: kind },
  })),
];

export type PageMatch = { page: ConsolePage; params: Record<string, string> };

/** The page a path's decoded segments open, with its params, or null (a 404). */
export function matchPage(segments: readonly string[]): PageMatch | null {
  for (const page of consolePages) {
    const pattern = page.path.split("/").filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      const param = /^\[(\w+)\]$/.exec(part)?.[1];
      if (param) params[param] = segments[i];
      return param !== undefined || part === segments[i];
    });
    if (matches) return { page, params };
  }
  return null;
}
