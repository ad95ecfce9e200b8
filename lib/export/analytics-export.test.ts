// Analytics as CSV: the events explorer's rows in its default window or the chosen range, and the
// tracked apps without their ingest keys, for any role.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/export/[grid]/route";
import { createApp } from "@/lib/analytics/test-fixtures";
import { db } from "@/lib/db/client";
import { events, visitorSessions } from "@/lib/db/schema";
import { demoLogins, seedStaff } from "@/lib/db/seed/staff";
import { sessionCookie } from "@/lib/test/auth";

const tag = randomUUID().slice(0, 8);
let appId: string;

beforeAll(async () => {
  await seedStaff(db);
  appId = (await createApp(`csv_${tag}`)).id;
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  await db.insert(events).values([
    { appId, name: "signup", anonymousId: "v1", properties: { plan: "pro" }, occurredAt: daysAgo(0) },
    { appId, name: "page_view", anonymousId: "v1", properties: null, occurredAt: daysAgo(10) },
  ]);
  await db.insert(visitorSessions).values([
    { appId, anonymousId: "v1", startedAt: new Date(Date.now() - 3_600_000), endedAt: new Date(Date.now() - 3_000_000) },
    { appId, anonymousId: "v2", startedAt: new Date(Date.now() - 60_000) },
  ]);
});

async function exportGrid(role: "admin" | "support" | "finance", grid: string, query: string) {
  const login = demoLogins.find((l) => l.role === role)!;
  const request = new Request(`http://localhost/api/export/${grid}?${query}`, {
    headers: { cookie: await sessionCookie(login.email, login.password), "user-agent": "export-test" },
  });
  return GET(request, { params: Promise.resolve({ grid }) });
}

const csvLines = async (response: Response) => (await response.text()).trim().split("\r\n");

describe("events CSV export", () => {
  it("covers the explorer's default window (today and yesterday) unless the URL sets a range", async () => {
    const recent = await exportGrid("admin", "events", `app=${appId}`);
    expect(recent.status).toBe(200);
    const lines = await csvLines(recent);
    expect(lines[0]).toBe("Occurred at,App,Event,Visitor,Properties,App id,Event id");
    expect(lines.slice(1).map((l) => l.split(",")[2])).toEqual(["signup"]);
    expect(lines[1]).toContain(`"{""plan"":""pro""}"`);
    const all = await csvLines(await exportGrid("admin", "events", `app=${appId}&occurred=2020-01-01..2030-12-31`));
    expect(all.slice(1).map((l) => l.split(",")[2])).toEqual(["signup", "page_view"]);
  });

  it("refuses support and finance, who read events but may not export them", async () => {
    expect((await exportGrid("support", "events", "")).status).toBe(403);
    expect((await exportGrid("finance", "events", "")).status).toBe(403);
  });
});

describe("tracked apps CSV export", () => {
  it("lists the app with its last day's events and never its key", async () => {
    const response = await exportGrid("admin", "tracked-apps", `q=${tag}`);
    const text = await response.text();
    expect(text.split("\r\n")[0]).toBe("Name,Owner,Owner id,Events (24 h),Last event at,Created at,App id");
    expect(text).toContain(`App csv_${tag}`);
    expect(text).toContain(appId);
    expect(text).not.toContain(`wk_csv_${tag}`);
  });
});

describe("visitor sessions CSV export", () => {
  it("lists the app's sessions, open ones marked, for admin only", async () => {
    const response = await exportGrid("admin", "visitor-sessions", `app=${appId}`);
    expect(response.status).toBe(200);
    const lines = await csvLines(response);
    expect(lines[0]).toBe("Started at,App,Visitor,Ended at,Duration (s),State,App id,Session id");
    expect(lines.slice(1).map((l) => [l.split(",")[2], l.split(",")[4], l.split(",")[5]])).toEqual([
      ["v2", expect.any(String), "open"],
      ["v1", "600", "ended"],
    ]);
    expect((await exportGrid("support", "visitor-sessions", "")).status).toBe(403);
    expect((await exportGrid("finance", "visitor-sessions", "")).status).toBe(403);
  });
});
