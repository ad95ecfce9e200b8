import { describe, expect, it } from "vitest";
import { createApp } from "@/lib/analytics/test-fixtures";
import { encodeCursor } from "@/lib/data-table/cursor";
import { loadGridState } from "@/lib/data-table/search-params";
import { db } from "@/lib/db/client";
import { visitorSessions } from "@/lib/db/schema";
import { sessionsGrid } from "./grid";
import { listSessions } from "./queries";

const MINUTE = 60_000;
const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE);
const page = (query: Record<string, string>) => listSessions(loadGridState(sessionsGrid, new URLSearchParams(query)));

describe("visitor sessions grid", () => {
  it("lists an app's sessions newest first with their length, open ones measured so far; open-only and search narrow it", async () => {
    const app = await createApp("sessions_grid");
    const other = await createApp("sessions_grid_other");
    await db.insert(visitorSessions).values([
      { appId: app.id, anonymousId: "visitor-ended", startedAt: ago(120), endedAt: ago(100) },
      { appId: app.id, anonymousId: "visitor-open", startedAt: ago(10) },
      { appId: other.id, anonymousId: "visitor-elsewhere", startedAt: ago(5) },
    ]);

    const all = await page({ app: app.id });
    expect(all.rows.map((r) => [r.anonymousId, r.endedAt === null])).toEqual([
      ["visitor-open", true],
      ["visitor-ended", false],
    ]);
    expect(all.rows[1].durationSeconds).toBe(20 * 60);
    expect(all.rows[0].durationSeconds).toBeGreaterThanOrEqual(10 * 60);
    expect(all.rows[0].appName).toBe("App sessions_grid");

    expect((await page({ app: app.id, state: "open" })).rows.map((r) => r.anonymousId)).toEqual(["visitor-open"]);
    expect((await page({ app: app.id, state: "ended" })).rows.map((r) => r.anonymousId)).toEqual(["visitor-ended"]);
    expect((await page({ app: "sessions_grid", q: "elsewhere" })).rows.map((r) => r.anonymousId)).toEqual(["visitor-elsewhere"]);
  });

  it("pages by keyset: the next page starts after the last row of the first", async () => {
    const app = await createApp("sessions_keyset");
    await db.insert(visitorSessions).values(
      Array.from({ length: 12 }, (_, i) => ({ appId: app.id, anonymousId: `k-${String(i).padStart(2, "0")}`, startedAt: ago(100 - i), endedAt: ago(99 - i) })),
    );
    const first = await page({ app: app.id, size: "10" });
    expect(first.rows).toHaveLength(10);
    expect(first.rows[0].anonymousId).toBe("k-11");
    const next = first.paging.mode === "keyset" ? first.paging.next : null;
    expect(next).not.toBeNull();
    const second = await page({ app: app.id, size: "10", cursor: encodeCursor(next!) });
    expect(second.rows.map((r) => r.anonymousId)).toEqual(["k-01", "k-00"]);
  });
});
