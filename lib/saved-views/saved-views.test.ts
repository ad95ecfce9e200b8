// Saved views through their actions and the toolbar's list route: create, rename, share, delete,
// who sees which view, and what each caller is refused (nothing written, nothing audited).
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/saved-views/route";
import { db } from "@/lib/db/client";
import { auditLog, consoleSavedViews } from "@/lib/db/schema";
import { actAnonymously, actAs, createLogin, sessionCookie } from "@/lib/test/auth";
import { auditCount } from "@/lib/test/audit";
import { setRequestHeaders } from "@/lib/test/next-headers";
import { createSavedView, deleteSavedView, updateSavedView } from "./actions";
import type { SavedView } from "./types";

const grid = `/learning/enrollments-${randomUUID().slice(0, 6)}`;
let otherSupport: { email: string; password: string };

async function actAsOtherSupport() {
  setRequestHeaders({ cookie: await sessionCookie(otherSupport.email, otherSupport.password), "user-agent": "vitest" });
}

/** The list route as the current request's caller sees it. */
async function listed(key = grid): Promise<{ status: number; views: SavedView[] }> {
  const { headers } = await import("next/headers");
  const cookie = (await headers()).get("cookie") ?? "";
  const response = await GET(new Request(`http://localhost/api/saved-views?grid=${encodeURIComponent(key)}`, { headers: { cookie } }));
  const body = (await response.json()) as { views?: SavedView[] };
  return { status: response.status, views: body.views ?? [] };
}
const names = (views: SavedView[]) => views.map((v) => v.name);

beforeAll(async () => {
  otherSupport = await createLogin("support", `sv_support_${randomUUID().slice(0, 6)}`);
});

describe("saved views", () => {
  it("saves the current URL state under a name, audited, and lists it for its owner", async () => {
    await actAs("support");
    const result = await createSavedView({ grid, name: "  Stuck learners ", query: "?status=active&sort=enrolled.asc", shared: false });
    expect(result.data?.id).toBeTruthy();
    const [row] = await db.select().from(consoleSavedViews).where(eq(consoleSavedViews.id, result.data!.id));
    expect(row).toMatchObject({ grid, name: "Stuck learners", query: "?status=active&sort=enrolled.asc", shared: false, ownerId: "staff_support" });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, row.id));
    expect(entry).toMatchObject({ resource: "savedView", action: "create", actorRole: "support" });
    const { views } = await listed();
    expect(views).toEqual([{ id: row.id, name: "Stuck learners", query: "?status=active&sort=enrolled.asc", shared: false, ownerName: "Sam Support", mine: true, canManage: true }]);
  });

  it("keeps a private view from other staff and shows a shared one to all, read-only for non-owners", async () => {
    await actAs("support");
    await createSavedView({ grid, name: "Team: new this week", query: "?enrolled=2026-11-25..2026-12-01", shared: true });
    await actAsOtherSupport();
    expect(names((await listed()).views)).toEqual(["Team: new this week"]);
    expect((await listed()).views[0]).toMatchObject({ mine: false, canManage: false, ownerName: "Sam Support" });
    await actAs("finance");
    expect(names((await listed()).views)).toEqual(["Team: new this week"]);
    await actAs("admin");
    expect((await listed()).views).toEqual([expect.objectContaining({ name: "Team: new this week", canManage: true, mine: false })]);
    // Another grid's views never show.
    await actAs("support");
    expect((await listed(`${grid}-other`)).views).toEqual([]);
  });

  it("refuses a second view of the same name on the same grid, on the name field", async () => {
    await actAs("support");
    const before = await auditCount();
    const result = await createSavedView({ grid, name: "Stuck learners", query: "", shared: false });
    expect(result.validationErrors?.fieldErrors.name).toEqual(["You already have a view with this name on this grid."]);
    expect(await auditCount()).toBe(before);
  });

  it("refuses bad input with field errors before the database", async () => {
    await actAs("support");
    const result = await createSavedView({ grid: "https://evil.example/x", name: "", query: "status=active", shared: false });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["grid", "name", "query"]);
    expect((await listed("not a grid")).status).toBe(400);
  });

  it("renames and shares your own view; refuses another's unless admin, leaving it unchanged", async () => {
    await actAs("support");
    const own = (await listed()).views.find((v) => v.name === "Stuck learners")!;
    expect((await updateSavedView({ id: own.id, name: "Stalled learners", shared: true })).data).toEqual({ id: own.id });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, own.id)).orderBy(auditLog.createdAt).offset(1);
    expect(entry).toMatchObject({ action: "update", before: expect.objectContaining({ name: "Stuck learners", shared: false }), after: expect.objectContaining({ name: "Stalled learners", shared: true }) });

    await actAsOtherSupport();
    const before = await auditCount();
    expect((await updateSavedView({ id: own.id, name: "Mine now", shared: false })).serverError).toBe("You may change only your own views.");
    expect((await deleteSavedView({ id: own.id })).serverError).toBe("You may change only your own views.");
    expect(await auditCount()).toBe(before);
    const [row] = await db.select().from(consoleSavedViews).where(eq(consoleSavedViews.id, own.id));
    expect(row).toMatchObject({ name: "Stalled learners", shared: true });

    await actAs("admin");
    expect((await updateSavedView({ id: own.id, name: "Stalled learners (team)", shared: true })).data).toEqual({ id: own.id });
  });

  it("deletes your own view (audited with what it was); admin may delete anyone's", async () => {
    await actAs("support");
    const views = (await listed()).views;
    const shared = views.find((v) => v.name === "Team: new this week")!;
    expect((await deleteSavedView({ id: shared.id })).data).toEqual({ id: shared.id });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, shared.id)).orderBy(auditLog.createdAt).offset(1);
    expect(entry).toMatchObject({ action: "delete", before: expect.objectContaining({ name: "Team: new this week" }) });
    await actAsOtherSupport();
    expect(names((await listed()).views)).toEqual(["Stalled learners (team)"]);

    await actAs("admin");
    const other = views.find((v) => v.name === "Stalled learners (team)")!;
    expect((await deleteSavedView({ id: other.id })).data).toEqual({ id: other.id });
    expect((await listed()).views).toEqual([]);
    expect((await deleteSavedView({ id: other.id })).serverError).toBe("That view no longer exists.");
  });

  it("refuses callers without a staff session, in the actions and the list", async () => {
    actAnonymously();
    expect((await createSavedView({ grid, name: "x", query: "", shared: false })).serverError).toMatch(/^Your session has ended/);
    expect((await listed()).status).toBe(401);
    const endUser = await createLogin("user", `sv_enduser_${randomUUID().slice(0, 6)}`);
    setRequestHeaders({ cookie: await sessionCookie(endUser.email, endUser.password) });
    expect((await createSavedView({ grid, name: "x", query: "", shared: false })).serverError).toMatch(/^Your account has no access/);
    expect((await listed()).status).toBe(403);
  });
});
