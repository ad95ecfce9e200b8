// Every page.tsx under app/(console) is a page the route gate knows, asking for the permissions the
// page itself asks for; the gate lets each staff role through exactly where the matrix says, and
// answers 404 for unknown paths and unknown records.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { can, type Action, type Resource } from "@/lib/auth/permissions";
import { staffRoles } from "@/lib/auth/roles";
import { gateRoute } from "@/lib/auth/route-gate";
import type { Staff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { seedDatabase } from "@/lib/db/seed";
import { consolePages, matchPage } from "./console-pages";

const consoleDir = path.join(import.meta.dirname, "..", "app", "(console)");

/** Every page file as its URL pattern: route groups dropped, parallel slots and catch-alls left out. */
function pageFiles(dir = consoleDir, segments: string[] = []): { file: string; pattern: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isFile()) return entry.name === "page.tsx" ? [{ file: full, pattern: `/${segments.join("/")}` }] : [];
    if (entry.name.startsWith("@") || entry.name.startsWith("[...")) return [];
    return pageFiles(full, /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
  });
}

/** The permissions a page's source asks for with requirePermission("resource", "action"). */
function askedPermissions(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/requirePermission\("(\w+)", "([\w-]+)"\)/g)].map((m) => `${m[1]}:${m[2]}`).sort();
}

const pages = pageFiles();

/** What gateRoute threw: "403", "404", or "through". */
async function verdict(staff: Staff, pathname: string): Promise<string> {
  try {
    await gateRoute(staff, pathname);
    return "through";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    const status = /;(\d{3})$/.exec(digest)?.[1];
    if (!status) throw error;
    return status;
  }
}

const staffOf = (role: Staff["role"]): Staff => ({ id: `staff_${role}`, name: role, email: `${role}@example.test`, role, sessionId: "test" }) as Staff;

/** A real value for every param of the pages, from the demo data. */
const params: Record<string, string> = {};

beforeAll(async () => {
  vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
  await seedDatabase(db);
  const first = async (query: ReturnType<typeof sql>) => (await db.execute<{ id: string }>(query))[0].id;
  const [visitor] = await db.execute<{ app: string; anon: string }>(sql`select app_id::text as app, anonymous_id as anon from sessions limit 1`);
  Object.assign(params, {
    "/people/users/[id]": await first(sql`select id from "user" where role = 'user' limit 1`),
    "/ai/users/[id]": await first(sql`select user_id as id from user_profiles limit 1`),
    "/learning/courses/[id]": await first(sql`select id::text from courses limit 1`),
    "/billing/organizations/[id]": await first(sql`select id::text from organizations limit 1`),
    "/analytics/apps/[id]": await first(sql`select id::text from tracked_apps limit 1`),
    "/analytics/funnels/[id]": await first(sql`select id::text from funnels limit 1`),
    "/ai/prompt-logs/[id]": await first(sql`select id::text from prompt_logs limit 1`),
    "/sales/companies/[id]": await first(sql`select id::text from companies limit 1`),
    "/sales/deals/[id]": await first(sql`select id::text from deals limit 1`),
    "/sales/pipelines/[id]": await first(sql`select id::text from pipelines limit 1`),
    appId: visitor.app,
    visitor: visitor.anon,
  });
});

/** The pattern with each param replaced by a real value (a record page's by its pattern's entry). */
function realPath(pattern: string): string {
  const recordPattern = pattern.replace(/\[\w+\]$/, "[id]");
  return pattern.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? params[recordPattern]));
}

describe("console pages", () => {
  it("finds the page files (the walk works)", () => {
    expect(pages.length).toBeGreaterThan(30);
    expect(pages.map((p) => p.pattern)).toContain("/");
    expect(pages.map((p) => p.pattern)).toContain("/analytics/visitors/[appId]/[visitor]");
  });

  it.each(pages.map((p) => [p.pattern, p.file]))("%s is a known page asking for the page's own permissions", (pattern, file) => {
    const known = consolePages.find((p) => p.path.replace(/\[\w+\]/g, "[]") === pattern.replace(/\[\w+\]/g, "[]"));
    expect(known, `${pattern} is missing from lib/console-pages.ts`).toBeDefined();
    expect(known!.permissions.map(([r, a]) => `${r}:${a}`).sort()).toEqual(askedPermissions(file));
  });

  it("knows no page that doesn't exist", () => {
    const patterns = new Set(pages.map((p) => p.pattern.replace(/\[\w+\]/g, "[]")));
    expect(consolePages.map((p) => p.path.replace(/\[\w+\]/g, "[]")).filter((p) => !patterns.has(p))).toEqual([]);
  });
});

describe("the route gate", () => {
  it.each(pages.map((p) => [p.pattern]))("%s lets exactly the roles that may read it through (others: 403)", async (pattern) => {
    const pathname = realPath(pattern);
    const page = matchPage(pathname.split("/").filter(Boolean).map(decodeURIComponent));
    expect(page?.page.path.replace(/\[\w+\]/g, "[]")).toBe(pattern.replace(/\[\w+\]/g, "[]"));
    for (const role of staffRoles) {
      const allowed = page!.page.permissions.every(([r, a]) => can(role, r as Resource, a as Action<Resource>));
      expect(await verdict(staffOf(role), pathname), `${role} on ${pathname}`).toBe(allowed ? "through" : "403");
    }
  });

  it("refuses a role the matrix refuses (the audit log and Polar deliveries are not support's)", async () => {
    expect(await verdict(staffOf("support"), "/audit")).toBe("403");
    expect(await verdict(staffOf("finance"), "/audit")).toBe("403");
    expect(await verdict(staffOf("support"), "/billing/deliveries")).toBe("403");
    expect(await verdict(staffOf("admin"), "/audit")).toBe("through");
  });

  it("answers 404 for an unknown path and for a record that doesn't exist", async () => {
    const admin = staffOf("admin");
    expect(await verdict(admin, "/people")).toBe("404");
    expect(await verdict(admin, "/nowhere/at/all")).toBe("404");
    expect(await verdict(admin, "/sales/deals/00000000-0000-4000-8000-000000000000")).toBe("404");
    expect(await verdict(admin, "/sales/deals/not-a-uuid")).toBe("404");
    expect(await verdict(admin, "/people/users/enduser_nobody")).toBe("404");
    expect(await verdict(admin, `/analytics/visitors/00000000-0000-4000-8000-000000000000/${params.visitor}`)).toBe("404");
  });
});
