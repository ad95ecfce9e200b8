// The security matrix: every server action (discovered), every route handler (discovered) and
// every Better Auth endpoint × every kind of caller → allowed or refused exactly as
// lib/auth/permissions.ts says; a refusal writes nothing and returns no data.
import { beforeAll, describe, expect, it } from "vitest";
import { auth } from "@/lib/auth/auth";
import { allowedAuthEndpoints } from "@/lib/auth/http-surface";
import { can, isStaffRole } from "@/lib/auth/permissions";
import { exportableGrids } from "@/lib/export/registry";
import { auditCount } from "@/lib/test/audit";
import { setRequestHeaders } from "@/lib/test/next-headers";
import { allCallers, type Caller } from "./callers";
import { discoverActions, discoverRoutes } from "./discovery";
import { totalRows } from "./rows";

const origin = "http://localhost:3000";
const refusals = [/^Your session has ended/, /^Your account has no access/, /^Your role \(\w+\) may not /];

let callers: Caller[];
beforeAll(async () => {
  callers = await allCallers();
}, 60_000);

const actions = discoverActions();

describe("every server action × every caller", () => {
  it("finds the actions (a module exporting anything not made by defineAction fails discovery)", () => {
    expect(actions.length).toBeGreaterThanOrEqual(15);
  });

  it.each(actions.map((a) => [a.name, a]))("%s", async (_name, action) => {
    const rows = await totalRows();
    const audits = await auditCount();
    for (const caller of callers) {
      setRequestHeaders({ cookie: caller.cookie, "user-agent": "matrix" });
      // Empty input: an allowed caller gets as far as validation, a refused one never does.
      const result = await action.call({});
      const allowed = caller.staffSession && can(caller.role, action.resource, action.action as never);
      const refused = typeof result.serverError === "string" && refusals.some((r) => r.test(result.serverError as string));
      expect({ caller: caller.name, refused }).toEqual({ caller: caller.name, refused: !allowed });
      if (!allowed) {
        expect(result.data).toBeUndefined();
        expect(result.validationErrors).toBeUndefined();
      }
    }
    expect(await totalRows()).toBe(rows);
    expect(await auditCount()).toBe(audits);
  });
});

/** Route handlers authenticated by something other than the console session (no session can open them). */
const ownCredentialRoutes = [
  /^\/api\/webhooks\/polar$/, // Polar's Standard Webhooks signature (500 while the secret is unset)
  /^\/api\/ingest\/v1\//, // a tracked app's ingest key
];
const ownCredentials = (path: string) => ownCredentialRoutes.some((pattern) => pattern.test(path));

const routes = discoverRoutes((segment) => (segment === "grid" ? "users" : "matrix"));

describe("every route handler × every caller", () => {
  it.each(routes.filter((r) => !r.path.startsWith("/api/auth/")).map((r) => [`${r.method} ${r.path}`, r]))("%s refuses callers without a staff session", async (_name, route) => {
    const rows = await totalRows();
    for (const caller of callers.filter((c) => !c.staffSession)) {
      const request = new Request(origin + route.path, { method: route.method, headers: { cookie: caller.cookie, origin } });
      const response = await route.handler(request, { params: Promise.resolve(route.params) });
      // Routes with their own credentials refuse a request that carries none, whatever its session;
      // console routes refuse a caller without a staff session.
      const refusal = ownCredentials(route.path) ? (s: number) => s >= 400 : (s: number) => [401, 403, 404, 405].includes(s);
      expect({ caller: caller.name, status: response.status }).toEqual({ caller: caller.name, status: expect.toSatisfy(refusal) });
      expect(await response.text()).not.toMatch(/@switchboard\.dev|staff_/);
    }
    expect(await totalRows()).toBe(rows);
  });

  const exportRoute = routes.find((r) => r.file === "app/api/export/[grid]/route.ts")!;
  it.each(Object.entries(exportableGrids))("the %s export answers each staff role as its export permission says", async (grid, entry) => {
    for (const caller of callers) {
      const request = new Request(`${origin}/api/export/${grid}`, { headers: { cookie: caller.cookie } });
      const response = await exportRoute.handler(request, { params: Promise.resolve({ grid }) });
      const expected = !caller.cookie || caller.name === "revoked admin session" ? 401 : caller.staffSession && can(caller.role, entry.resource, "export") ? 200 : 403;
      expect({ caller: caller.name, status: response.status }).toEqual({ caller: caller.name, status: expected });
      await response.body?.cancel();
    }
  });
});

describe("every Better Auth endpoint × every caller", () => {
  const authRoute = routes.find((r) => r.file === "app/api/auth/[...all]/route.ts" && r.method === "POST")!;
  const authGet = routes.find((r) => r.file === "app/api/auth/[...all]/route.ts" && r.method === "GET")!;
  const endpoints = Object.values(auth.api as Record<string, { path?: string; options?: { method?: string | string[] } }>)
    .filter((e) => e.path)
    .flatMap((e) => [e.options?.method ?? "GET"].flat().filter((m) => m === "GET" || m === "POST").map((method) => ({ method, path: e.path!.replace(/:(\w+)/g, "matrix") })));

  it("knows Better Auth's whole surface", () => expect(endpoints.length).toBeGreaterThan(40));

  it.each(endpoints.map((e) => [`${e.method} ${e.path}`, e]))("%s", async (_name, endpoint) => {
    const allowed = allowedAuthEndpoints.has(`${endpoint.method} ${endpoint.path}`);
    const audits = await auditCount();
    for (const caller of callers) {
      const request = new Request(`${origin}/api/auth${endpoint.path}`, {
        method: endpoint.method,
        headers: { cookie: caller.cookie, origin, "content-type": "application/json" },
        body: endpoint.method === "POST" ? JSON.stringify({ userId: "staff_admin", email: "user@switchboard.dev", password: "x" }) : undefined,
      });
      const response = await (endpoint.method === "GET" ? authGet : authRoute).handler(request, { params: Promise.resolve({ all: [] }) });
      if (allowed) expect(response.status).not.toBe(404);
      else expect({ caller: caller.name, status: response.status }).toEqual({ caller: caller.name, status: 404 });
      if (endpoint.path === "/sign-out" && caller.staffSession) caller.cookie = ""; // that session has ended now
    }
    expect(await auditCount()).toBe(audits);
  });
});

it("the matrix has every staff role, and end users can do nothing", () => {
  for (const action of actions) expect(can("user", action.resource, action.action as never)).toBe(false);
  expect(["admin", "support", "finance"].every(isStaffRole)).toBe(true);
});
