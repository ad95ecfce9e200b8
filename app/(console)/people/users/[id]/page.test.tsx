// Hole 5: every section of the user page renders only what the viewer's role may read —
// finance (no session permission) never sees a staff member's sessions, IPs or user agents.
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { renderToString } from "react-dom/server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { session } from "@/lib/db/schema";
import { actAs, sessionCookie } from "@/lib/test/auth";
import { setRequestHeaders } from "@/lib/test/next-headers";
import UserPage from "./page";

async function renderUser(id: string) {
  const page = await UserPage({ params: Promise.resolve({ id }) });
  return renderToString(<AppRouterContext.Provider value={{} as AppRouterInstance}>{page}</AppRouterContext.Provider>);
}

async function adminSessions() {
  await sessionCookie("admin@switchboard.dev", "admin-password");
  return db.select().from(session).where(eq(session.userId, "staff_admin"));
}

describe("the user page's sessions section", () => {
  it("is not rendered for finance, and no session id, IP or user agent is in the page", async () => {
    await actAs("finance");
    const sessions = await adminSessions();
    await db.update(session).set({ ipAddress: "203.0.113.77", userAgent: "SecretAgent/1.0" }).where(eq(session.id, sessions[0].id));
    const html = await renderUser("staff_admin");
    expect(html).toContain("Ada Admin");
    expect(html).not.toContain("Active sessions");
    expect(html).not.toContain("203.0.113.77");
    expect(html).not.toContain("SecretAgent");
    for (const s of sessions) expect(html).not.toContain(s.id);
  });

  it("is rendered for support and admin", async () => {
    const [s] = await adminSessions();
    await db.update(session).set({ userAgent: "VisibleAgent/2.0" }).where(eq(session.id, s.id));
    for (const role of ["support", "admin"] as const) {
      await actAs(role);
      const html = await renderUser("staff_admin");
      expect(html).toContain("Active sessions");
      expect(html).toContain("VisibleAgent/2.0");
    }
    setRequestHeaders({});
  });
});
