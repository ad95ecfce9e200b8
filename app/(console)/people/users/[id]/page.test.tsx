// The user page's sessions list is a kit grid with its own `sessions.*` URL state: it pages, searches
// and sorts on its own, and the page's other URL keys do not reach it.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { session } from "@/lib/db/schema";
import { actAs, createLogin } from "@/lib/test/auth";
import { renderPage } from "@/lib/test/render-page";
import UserPage from "./page";

const userId = "sessions_page_user";

beforeAll(async () => {
  await createLogin("user", userId);
  await db.delete(session).where(eq(session.userId, userId));
  const day = 86_400_000;
  const base = Date.UTC(2026, 0, 1);
  // Twelve live sessions, device N signed in on day N; one expired session that must never show.
  await db.insert(session).values([
    ...Array.from({ length: 12 }, (_, i) => ({
      id: `sess_${i + 1}`,
      token: `sess-token-${i + 1}`,
      userId,
      createdAt: new Date(base + (i + 1) * day),
      updatedAt: new Date(base + (i + 1) * day),
      expiresAt: new Date(Date.now() + 30 * day),
      ipAddress: `10.0.0.${i + 1}`,
      userAgent: `Device ${i + 1}`,
    })),
    { id: "sess_old", token: "sess-token-old", userId, createdAt: new Date(base), updatedAt: new Date(base), expiresAt: new Date(base + day), userAgent: "Expired device" },
  ]);
});

const devices = (html: string) => [...html.matchAll(/>Device (\d+)</g)].map((m) => Number(m[1]));

describe("People → user page sessions list", () => {
  it("shows the newest ten live sessions, then the rest on its own page 2", async () => {
    await actAs("support");
    const first = await renderPage(UserPage, {}, { id: userId });
    expect(first).toContain(">Active sessions</h2>");
    expect(devices(first)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
    expect(first).not.toContain("Expired device");
    expect(first).toMatch(/Page <!-- -->1<!-- --> of <!-- -->2/);

    // The page's own keys (page, q, sort) are not the grid's: they change nothing.
    const mainKeys = await renderPage(UserPage, { page: "2", q: "Device 1", sort: "expires.asc" }, { id: userId });
    expect(devices(mainKeys)).toEqual(devices(first));

    const second = await renderPage(UserPage, { "sessions.page": "2" }, { id: userId });
    expect(devices(second)).toEqual([2, 1]);
  });

  it("searches, filters and sorts under its prefix", async () => {
    await actAs("admin");
    expect(devices(await renderPage(UserPage, { "sessions.q": "10.0.0.1" }, { id: userId }))).toEqual([12, 11, 10, 1]);
    expect(devices(await renderPage(UserPage, { "sessions.device": "device 2" }, { id: userId }))).toEqual([2]);
    const ascending = await renderPage(UserPage, { "sessions.sort": "signedIn.asc", "sessions.size": "25" }, { id: userId });
    expect(devices(ascending)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(ascending).toMatch(/<th[^>]*aria-sort="ascending"[^>]*>.*?Signed in/);
  });
});

// Hole 5: every section renders only what the viewer's role may read — finance (no session
// permission) never sees a staff member's sessions, IPs or user agents.
describe("People → user page sessions, by role", () => {
  it("is not rendered for finance: no session id, IP or user agent in the page", async () => {
    await actAs("finance");
    const html = await renderPage(UserPage, {}, { id: userId });
    expect(html).toContain(userId);
    expect(html).not.toContain("Active sessions");
    expect(html).not.toContain("10.0.0.1");
    expect(html).not.toContain("Device 1");
    expect(html).not.toContain("sess_1");
  });

  it("is rendered for support and admin", async () => {
    for (const role of ["support", "admin"] as const) {
      await actAs(role);
      expect(await renderPage(UserPage, {}, { id: userId })).toContain(">Active sessions</h2>");
    }
  });
});
