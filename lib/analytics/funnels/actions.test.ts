import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "@/lib/analytics/test-fixtures";
import { db } from "@/lib/db/client";
import { auditLog, consoleEventDaily, funnels } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { auditCount } from "@/lib/test/audit";
import { actAs } from "@/lib/test/auth";
import { raceTwoEdits, versionNow } from "@/lib/test/row-version";
import { deleteFunnel, updateFunnel } from "./actions";
import { getFunnel } from "./queries";

const steps = (...names: string[]) => names.map((event) => ({ event }));
const funnelById = async (id: string) => (await db.select().from(funnels).where(eq(funnels.id, id)))[0];
const auditOf = (id: string) => db.select().from(auditLog).where(eq(auditLog.resourceId, id));

/** An app that has sent `opened`, `signup` and `purchase`, with a funnel over the first two. */
async function appWithFunnel(key: string) {
  const app = await createApp(key);
  await db.insert(consoleEventDaily).values(["opened", "signup", "purchase"].map((name) => ({ appId: app.id, day: "2026-11-30", name, events: 1 })));
  const [funnel] = await db.insert(funnels).values({ appId: app.id, name: "Signup", steps: steps("opened", "signup") }).returning();
  return funnel;
}

beforeAll(() => seedStaff(db));

describe("updateFunnel", () => {
  it("renames the funnel and changes its steps", async () => {
    const funnel = await appWithFunnel("funnel_edit");
    await actAs("admin");
    const result = await updateFunnel({ id: funnel.id, version: await versionNow(funnels, funnel.id), name: "Checkout", steps: steps("opened", "signup", "purchase") });
    expect(result.data).toEqual({ id: funnel.id });
    expect(await funnelById(funnel.id)).toMatchObject({ name: "Checkout", steps: steps("opened", "signup", "purchase") });
  });

  it("saves with the version the funnel page loads, audited with before and after", async () => {
    const funnel = await appWithFunnel("funnel_edit_page");
    const loaded = (await getFunnel(funnel.id))!;
    await actAs("admin");
    expect((await updateFunnel({ id: funnel.id, version: loaded.version, name: "Renamed", steps: steps("signup", "purchase") })).data).toEqual({ id: funnel.id });
    const [entry] = await auditOf(funnel.id);
    expect(entry).toMatchObject({ resource: "funnel", action: "update" });
    expect(JSON.stringify(entry)).toContain("Renamed");
    expect(JSON.stringify(entry)).toContain("Signup");
  });

  it("refuses a step the app never sent, writing nothing", async () => {
    const funnel = await appWithFunnel("funnel_unknown_step");
    await actAs("admin");
    const before = await auditCount();
    const result = await updateFunnel({ id: funnel.id, version: await versionNow(funnels, funnel.id), name: "Signup", steps: steps("opened", "refund") });
    expect(result.serverError).toBe("This app has never sent “refund”. Pick steps from its events.");
    expect(await funnelById(funnel.id)).toMatchObject({ name: "Signup", steps: steps("opened", "signup") });
    expect(await auditCount()).toBe(before);
  });

  it("refuses the second of two edits opened on the same version: the first survives", async () => {
    const funnel = await appWithFunnel("funnel_race");
    await actAs("admin");
    const edits = [
      { name: "First edit", steps: steps("opened", "purchase") },
      { name: "Second edit", steps: steps("signup", "purchase") },
    ];
    const saved = await raceTwoEdits({ table: funnels, resource: "funnel", id: funnel.id, by: "Ada Admin" }, (version, which) =>
      updateFunnel({ id: funnel.id, version, ...edits[which] }),
    );
    expect(await funnelById(funnel.id)).toMatchObject(edits[saved]);
  });

  it("refuses support and finance", async () => {
    const funnel = await appWithFunnel("funnel_refused");
    for (const role of ["support", "finance"] as const) {
      await actAs(role);
      const result = await updateFunnel({ id: funnel.id, version: await versionNow(funnels, funnel.id), name: "Hijacked", steps: steps("opened", "signup") });
      expect(result.serverError).toMatch(/may not update funnel/);
    }
    expect((await funnelById(funnel.id)).name).toBe("Signup");
  });
});

describe("deleteFunnel", () => {
  it("deletes the funnel for admin, audited with what it was", async () => {
    const funnel = await appWithFunnel("funnel_delete");
    await actAs("admin");
    expect((await deleteFunnel({ id: funnel.id })).data).toEqual({ id: funnel.id, appId: funnel.appId });
    expect(await funnelById(funnel.id)).toBeUndefined();
    const [entry] = await auditOf(funnel.id);
    expect(entry).toMatchObject({ resource: "funnel", action: "delete" });
    expect(JSON.stringify(entry)).toContain("Signup");
  });

  it("refuses support and finance, and a funnel that is gone", async () => {
    const funnel = await appWithFunnel("funnel_delete_refused");
    for (const role of ["support", "finance"] as const) {
      await actAs(role);
      expect((await deleteFunnel({ id: funnel.id })).serverError).toMatch(/may not delete funnel/);
    }
    expect(await funnelById(funnel.id)).toBeDefined();
    await actAs("admin");
    await deleteFunnel({ id: funnel.id });
    expect((await deleteFunnel({ id: funnel.id })).serverError).toBe("That funnel no longer exists.");
  });
});
