import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { activities, auditLog } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { insertDeal } from "@/lib/crm/test-fixtures";
import { actAs } from "@/lib/test/auth";
import { logActivity } from "./actions";

beforeAll(() => seedStaff(db));

describe("logActivity", () => {
  it("logs a call on the deal as the signed-in admin, audited", async () => {
    const deal = await insertDeal();
    await actAs("admin");
    const result = await logActivity({ dealId: deal.id, type: "call", body: "  Discovery call.  " });
    const [logged] = await db.select().from(activities).where(eq(activities.dealId, deal.id));
    expect(result.data).toEqual({ id: logged.id });
    expect(logged).toMatchObject({ type: "call", body: "Discovery call.", actorId: "staff_admin" });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, logged.id));
    expect(entry).toMatchObject({ resource: "activity", action: "create" });
  });

  it("rejects an unknown type, an empty body and a deal that is gone", async () => {
    const deal = await insertDeal();
    await actAs("admin");
    const invalid = await logActivity({ dealId: deal.id, type: "meeting" as never, body: "" });
    expect(Object.keys(invalid.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["body", "type"]);
    const gone = await logActivity({ dealId: "00000000-0000-4000-8000-000000000000", type: "note", body: "Hello" });
    expect(gone.validationErrors?.fieldErrors.dealId).toEqual(["That deal no longer exists."]);
    expect(await db.$count(activities, eq(activities.dealId, deal.id))).toBe(0);
  });

  it.each(["support", "finance"] as const)("refuses %s (only admins log activities)", async (role) => {
    const deal = await insertDeal();
    await actAs(role);
    expect((await logActivity({ dealId: deal.id, type: "note", body: "Hi" })).serverError).toMatch(/may not create activity/);
    expect(await db.$count(activities, eq(activities.dealId, deal.id))).toBe(0);
  });
});
