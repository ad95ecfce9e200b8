import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { basicAuth, createApp, eventsOf, sendBatch } from "@/lib/analytics/test-fixtures";
import { loadGridState } from "@/lib/data-table/search-params";
import { db } from "@/lib/db/client";
import { auditLog, consoleIngestReceipts, funnels, trackedApps } from "@/lib/db/schema";
import { actAs, createLogin } from "@/lib/test/auth";
import { auditCount } from "@/lib/test/audit";
import { raceTwoEdits, versionNow } from "@/lib/test/row-version";
import { createTrackedApp, deleteTrackedApp, rotateTrackedAppKey, updateTrackedApp } from "./actions";
import { appsGrid } from "./grid";
import { generateIngestKey } from "./keys";
import { getApp, listApps } from "./queries";

const auditText = async (resourceId: string) =>
  JSON.stringify(await db.select().from(auditLog).where(eq(auditLog.resourceId, resourceId)));

const event = (i: number) => ({ type: "track", event: "opened", anonymousId: "v", messageId: `k-${i}-${Math.random()}`, timestamp: new Date(Date.now() - 60_000).toISOString() });

describe("tracked app keys", () => {
  it("creates an app with a random key that the result carries once and the audit log never", async () => {
    const owner = await createLogin("user", "app_owner_create");
    await actAs("admin");
    const result = await createTrackedApp({ name: "Orbit Web", ownerId: owner.id });
    const { id, apiKey } = result.data!;
    expect(apiKey).toMatch(/^sk_live_[A-Za-z0-9_-]{32}$/);
    const [stored] = await db.select().from(trackedApps).where(eq(trackedApps.id, id));
    expect(stored.apiKey).toBe(apiKey);
    const second = await createTrackedApp({ name: "Orbit iOS", ownerId: owner.id });
    expect(second.data!.apiKey).not.toBe(apiKey);
    const audit = await auditText(id);
    expect(audit).toContain("Orbit Web");
    expect(audit).not.toContain(apiKey);
    expect(audit).not.toContain(apiKey.slice(-12));
  });

  it("lists and shows the key only masked (last 4), and not at all to support", async () => {
    const created = await createApp("masked_list");
    const [app] = await db.update(trackedApps).set({ apiKey: generateIngestKey() }).where(eq(trackedApps.id, created.id)).returning();
    const state = loadGridState(appsGrid, new URLSearchParams({ q: "App masked_list" }));
    const forAdmin = await listApps(state, { showKeys: true });
    expect(forAdmin.rows.map((r) => r.maskedKey)).toEqual([`••••${app.apiKey.slice(-4)}`]);
    expect(JSON.stringify(forAdmin)).not.toContain(app.apiKey);
    const forSupport = await listApps(state, { showKeys: false });
    expect(forSupport.rows.map((r) => r.maskedKey)).toEqual([null]);
    expect(JSON.stringify(forSupport)).not.toContain(app.apiKey.slice(-4));
    expect((await getApp(app.id, { showKeys: false }))?.maskedKey).toBeNull();
    expect(JSON.stringify(await getApp(app.id, { showKeys: true }))).not.toContain(app.apiKey);
  });

  it("rotates for admin: a new key shown once, the old one refused at once, audited without either", async () => {
    const app = await createApp("rotate_action");
    expect((await sendBatch({ batch: [event(1)] }, basicAuth(app.apiKey))).status).toBe(200);
    await actAs("admin");
    const result = await rotateTrackedAppKey({ id: app.id });
    const newKey = result.data!.apiKey;
    expect(newKey).not.toBe(app.apiKey);
    expect((await sendBatch({ batch: [event(2)] }, basicAuth(app.apiKey))).status).toBe(401);
    expect((await sendBatch({ batch: [event(3)] }, `Bearer ${newKey}`)).status).toBe(200);
    expect(await eventsOf(app.id)).toHaveLength(2);
    const audit = await auditText(app.id);
    expect(audit).toContain("rotate-key");
    expect(audit).not.toContain(newKey);
    expect(audit).not.toContain(app.apiKey);
  });

  it("refuses rotation and creation to support and finance, changing nothing", async () => {
    const app = await createApp("rotate_refused");
    for (const role of ["support", "finance"] as const) {
      await actAs(role);
      const before = await auditCount();
      expect((await rotateTrackedAppKey({ id: app.id })).serverError).toContain("may not rotate-key");
      expect((await createTrackedApp({ name: "Nope", ownerId: app.ownerId })).serverError).toContain("may not create");
      expect(await auditCount()).toBe(before);
    }
    const [stored] = await db.select().from(trackedApps).where(eq(trackedApps.id, app.id));
    expect(stored.apiKey).toBe(app.apiKey);
  });

  it("deletes with the counts of events, sessions and funnels that go with it", async () => {
    const app = await createApp("delete_counts");
    await sendBatch({ batch: [event(1), event(2), event(3)] }, basicAuth(app.apiKey));
    await db.insert(funnels).values({ appId: app.id, name: "F", steps: [{ event: "opened" }, { event: "opened" }] });
    await actAs("admin");
    const result = await deleteTrackedApp({ id: app.id });
    expect(result.data?.removed).toEqual({ events: 3, sessions: 1, funnels: 1 });
    expect(await eventsOf(app.id)).toHaveLength(0);
    expect(await db.select().from(trackedApps).where(eq(trackedApps.id, app.id))).toHaveLength(0);
    expect(await db.select().from(consoleIngestReceipts).where(eq(consoleIngestReceipts.appId, app.id))).toHaveLength(0);
    expect(await auditText(app.id)).not.toContain(app.apiKey);
  });
});

describe("updateTrackedApp", () => {
  it("renames the app and changes its owner, audited without the key", async () => {
    const app = await createApp("edit_rename");
    const owner = await createLogin("user", "app_owner_edit");
    await actAs("admin");
    expect((await updateTrackedApp({ id: app.id, version: await versionNow(trackedApps, app.id), name: "Renamed", ownerId: owner.id })).data).toEqual({ id: app.id });
    const [stored] = await db.select().from(trackedApps).where(eq(trackedApps.id, app.id));
    expect(stored).toMatchObject({ name: "Renamed", ownerId: owner.id, apiKey: app.apiKey });
    expect(await auditText(app.id)).not.toContain(app.apiKey);
  });

  it("refuses the second of two edits opened on the same version: the first survives", async () => {
    const app = await createApp("edit_race");
    await actAs("admin");
    const names = ["First edit", "Second edit"] as const;
    const saved = await raceTwoEdits({ table: trackedApps, resource: "trackedApp", id: app.id, by: "Ada Admin" }, (version, which) =>
      updateTrackedApp({ id: app.id, version, name: names[which], ownerId: app.ownerId }),
    );
    const [stored] = await db.select().from(trackedApps).where(eq(trackedApps.id, app.id));
    expect(stored).toMatchObject({ name: names[saved], ownerId: app.ownerId });
  });

  it("an edit opened before a key rotation is refused: the row changed", async () => {
    const app = await createApp("edit_after_rotate");
    await actAs("admin");
    const opened = await versionNow(trackedApps, app.id);
    await rotateTrackedAppKey({ id: app.id });
    const stale = await updateTrackedApp({ id: app.id, version: opened, name: "Late", ownerId: app.ownerId });
    expect(stale.validationErrors?.fieldErrors.version?.[0]).toMatch(/^Changed by Ada Admin at .* since you opened it/);
    expect((await db.select().from(trackedApps).where(eq(trackedApps.id, app.id)))[0].name).toBe(app.name);
  });
});
