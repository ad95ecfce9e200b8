// Hole 1: Better Auth's own HTTP endpoints (admin plugin, update-user, …) must be unreachable;
// only what the console's browser needs answers.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { session, user } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { auditCount } from "@/lib/test/audit";
import { createLogin, sessionCookie } from "@/lib/test/auth";
import { GET, POST } from "./route";

const origin = "http://localhost:3000";

function call(method: "GET" | "POST", path: string, cookie: string, body?: unknown) {
  const request = new Request(`${origin}/api/auth${path}`, {
    method,
    headers: { cookie, origin, "content-type": "application/json" },
    body: method === "POST" ? JSON.stringify(body ?? {}) : undefined,
  });
  return method === "GET" ? GET(request) : POST(request);
}

let supportCookie: string;
let adminCookie: string;

beforeAll(async () => {
  await seedStaff(db);
  supportCookie = await sessionCookie("support@switchboard.dev", "support-password");
  adminCookie = await sessionCookie("admin@switchboard.dev", "admin-password");
});

async function adminState() {
  const [admin] = await db.select().from(user).where(eq(user.id, "staff_admin"));
  const sessions = await db.select().from(session).where(eq(session.userId, "staff_admin"));
  return { role: admin.role, banned: admin.banned, sessions: sessions.length };
}

describe("/api/auth exposes only sign-in, sign-out and get-session", () => {
  const adminEndpoints: [string, Record<string, unknown>][] = [
    ["/admin/list-user-sessions", { userId: "staff_admin" }],
    ["/admin/ban-user", { userId: "staff_admin" }],
    ["/admin/unban-user", { userId: "staff_admin" }],
    ["/admin/revoke-user-sessions", { userId: "staff_admin" }],
    ["/admin/revoke-user-session", { sessionToken: "x" }],
    ["/admin/set-role", { userId: "enduser_demo", role: "admin" }],
    ["/admin/remove-user", { userId: "enduser_demo" }],
    ["/admin/list-users", {}],
    ["/admin/impersonate-user", { userId: "enduser_demo" }],
    ["/update-user", { name: "pwned" }],
    ["/change-password", { currentPassword: "admin-password", newPassword: "pwned-password" }],
    ["/list-sessions", {}],
    ["/revoke-sessions", {}],
    ["/delete-user", {}],
  ];

  it.each(adminEndpoints)("POST %s answers 404 for support and admin, changes nothing, writes no audit", async (path, body) => {
    const before = await adminState();
    const audit = await auditCount();
    for (const cookie of [supportCookie, adminCookie]) {
      const response = await call("POST", path, cookie, body);
      expect(response.status).toBe(404);
      const text = await response.text();
      expect(text).not.toMatch(/token|staff_admin|@switchboard/i);
    }
    expect(await adminState()).toEqual(before);
    expect(await auditCount()).toBe(audit);
  });

  const variants = [
    "//admin/ban-user",
    "/admin//ban-user",
    "/admin/ban-user/",
    "/ADMIN/BAN-USER",
    "/admin%2Fban-user",
    "/admin%2fban-user",
    "/%61dmin/ban-user",
    "/admin/%2E%2E/admin/ban-user",
    "/sign-in/../admin/ban-user",
    "/./admin/ban-user",
    "/admin\\ban-user",
    "/admin%5Cban-user",
    "/%252Fadmin/ban-user",
  ];

  it.each(variants)("a spelling of admin/ban-user (%s) is refused too", async (path) => {
    const before = await adminState();
    const response = await call("POST", path, supportCookie, { userId: "staff_admin" });
    expect(response.status).toBe(404);
    expect(await adminState()).toEqual(before);
  });

  it("get-session works, but not as POST, and not spelled differently", async () => {
    const ok = await call("GET", "/get-session", supportCookie);
    expect(ok.status).toBe(200);
    expect((await ok.json()).user.email).toBe("support@switchboard.dev");
    expect((await call("POST", "/get-session", supportCookie)).status).toBe(404);
    expect((await call("GET", "//get-session", supportCookie)).status).toBe(404);
    expect((await call("GET", "/get-session/", supportCookie)).status).toBe(404);
  });

  it("sign-in and sign-out work over HTTP", async () => {
    const signIn = await call("POST", "/sign-in/email", "", { email: "finance@switchboard.dev", password: "finance-password" });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    expect((await (await call("GET", "/get-session", cookie)).json()).user.email).toBe("finance@switchboard.dev");
    expect((await call("POST", "/sign-out", cookie)).status).toBe(200);
    expect(await (await call("GET", "/get-session", cookie)).json()).toBeNull();
  });

  it("unknown paths answer a JSON 404", async () => {
    const response = await call("GET", "/ok", "");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/json/);
  });
});

describe("sign-in throttling (hole 3)", () => {
  async function attempt(email: string, forwardedFor: string) {
    const request = new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { origin, "content-type": "application/json", "x-forwarded-for": forwardedFor },
      body: JSON.stringify({ email, password: "wrong-password" }),
    });
    return (await POST(request)).status;
  }

  it("a new X-Forwarded-For per attempt does not escape the per-account limit on failed sign-ins", async () => {
    const target = await createLogin("support", "lockout_target");
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push(await attempt(target.email, `198.51.100.${i + 1}`));
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Even the right password is refused until the window ends.
    const right = await POST(
      new Request(`${origin}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { origin, "content-type": "application/json", "x-forwarded-for": "198.51.100.200" },
        body: JSON.stringify({ email: target.email.toUpperCase(), password: target.password }),
      }),
    );
    expect(right.status).toBe(429);
    expect(right.headers.getSetCookie()).toEqual([]);
  });
});
