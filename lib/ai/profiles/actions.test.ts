import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog, userProfiles } from "@/lib/db/schema";
import { auditCount } from "@/lib/test/audit";
import { actAnonymously, actAs, createLogin } from "@/lib/test/auth";
import { createProfile, deleteProfile, updateProfile } from "./actions";

const fields = { displayName: "Ada", defaultModel: "gpt-4o" as const, monthlyTokenBudget: 250_000 };

function profileOf(userId: string) {
  return db.select().from(userProfiles).where(eq(userProfiles.userId, userId));
}

async function insertProfile(key: string, budget = 1_000) {
  const { id: userId } = await createLogin("user", key);
  const [row] = await db.insert(userProfiles).values({ userId, monthlyTokenBudget: budget }).returning();
  return row;
}

describe("createProfile", () => {
  it("creates a profile for a user who has none (admin), with an audit row of it", async () => {
    const { id: userId } = await createLogin("user", "profile_new");
    await actAs("admin");
    const result = await createProfile({ userId, ...fields });
    expect(result.data?.id).toBeTruthy();
    const [row] = await profileOf(userId);
    expect(row).toMatchObject({ displayName: "Ada", defaultModel: "gpt-4o", monthlyTokenBudget: 250_000 });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, row.id));
    expect(entry).toMatchObject({ action: "create", resource: "aiProfile", actorRole: "admin" });
    expect(entry.after).toMatchObject({ userId, monthlyTokenBudget: 250_000 });
  });

  it("says on the user field that a user has one profile at most, and changes nothing", async () => {
    const existing = await insertProfile("profile_twice");
    await actAs("admin");
    const before = await auditCount();
    const result = await createProfile({ userId: existing.userId, ...fields });
    expect(result.validationErrors?.fieldErrors.userId).toEqual(["This user already has a profile."]);
    expect(await profileOf(existing.userId)).toEqual([existing]);
    expect(await auditCount()).toBe(before);
  });

  it("puts an unknown user on its field", async () => {
    await actAs("admin");
    const result = await createProfile({ userId: "nobody_like_this", ...fields });
    expect(result.validationErrors?.fieldErrors.userId).toEqual(["This user no longer exists."]);
  });

  it("refuses negative, fractional and unknown values on their fields before the database", async () => {
    const { id: userId } = await createLogin("user", "profile_bad_input");
    await actAs("admin");
    const negative = await createProfile({ userId, ...fields, monthlyTokenBudget: -1 });
    expect(negative.validationErrors?.fieldErrors.monthlyTokenBudget).toEqual(["A budget cannot be negative (0 means no budget)."]);
    const fraction = await createProfile({ userId, ...fields, monthlyTokenBudget: 10.5 });
    expect(fraction.validationErrors?.fieldErrors.monthlyTokenBudget).toEqual(["Use whole tokens."]);
    const model = await createProfile({ userId, ...fields, defaultModel: "gpt-9" as never });
    expect(model.validationErrors?.fieldErrors.defaultModel).toEqual(["Pick a model."]);
    expect(await profileOf(userId)).toHaveLength(0);
  });

  it("accepts a budget of 0 (no budget)", async () => {
    const { id: userId } = await createLogin("user", "profile_zero");
    await actAs("admin");
    expect((await createProfile({ userId, ...fields, monthlyTokenBudget: 0 })).data).toBeTruthy();
    expect((await profileOf(userId))[0].monthlyTokenBudget).toBe(0);
  });

  it("refuses support, finance and anonymous callers, writing nothing", async () => {
    const { id: userId } = await createLogin("user", "profile_refused");
    const before = await auditCount();
    for (const role of ["support", "finance"] as const) {
      await actAs(role);
      expect((await createProfile({ userId, ...fields })).serverError).toMatch(/may not create aiProfile/);
    }
    actAnonymously();
    expect((await createProfile({ userId, ...fields })).serverError).toMatch(/sign in/i);
    expect(await profileOf(userId)).toHaveLength(0);
    expect(await auditCount()).toBe(before);
  });
});

describe("updateProfile", () => {
  it("changes the default model and budget (admin), auditing before and after", async () => {
    const profile = await insertProfile("profile_edit");
    await actAs("admin");
    const result = await updateProfile({ id: profile.id, displayName: "  ", defaultModel: "claude-haiku", monthlyTokenBudget: 0 });
    expect(result.data).toEqual({ id: profile.id });
    const [row] = await profileOf(profile.userId);
    expect(row).toMatchObject({ displayName: null, defaultModel: "claude-haiku", monthlyTokenBudget: 0 });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, profile.id));
    expect(entry).toMatchObject({ action: "update", resource: "aiProfile" });
    expect(entry.before).toMatchObject({ monthlyTokenBudget: 1_000, defaultModel: "gpt-4o-mini" });
    expect(entry.after).toMatchObject({ monthlyTokenBudget: 0, defaultModel: "claude-haiku" });
  });

  it("says so when the profile is gone", async () => {
    await actAs("admin");
    const result = await updateProfile({ id: "00000000-0000-4000-8000-000000000000", ...fields });
    expect(result.serverError).toBe("This profile was deleted.");
  });

  it("refuses finance and support", async () => {
    const profile = await insertProfile("profile_edit_refused");
    for (const role of ["finance", "support"] as const) {
      await actAs(role);
      expect((await updateProfile({ id: profile.id, ...fields })).serverError).toMatch(/may not update aiProfile/);
    }
    expect((await profileOf(profile.userId))[0].monthlyTokenBudget).toBe(1_000);
  });
});

describe("deleteProfile", () => {
  it("deletes (admin) with the removed row in the audit log", async () => {
    const profile = await insertProfile("profile_delete");
    await actAs("admin");
    expect((await deleteProfile({ id: profile.id })).data).toEqual({ id: profile.id });
    expect(await profileOf(profile.userId)).toHaveLength(0);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, profile.id));
    expect(entry).toMatchObject({ action: "delete", resource: "aiProfile" });
    expect(entry.before).toMatchObject({ userId: profile.userId });
    expect((await deleteProfile({ id: profile.id })).serverError).toBe("This profile was already deleted.");
  });

  it("refuses support and finance, keeping the profile", async () => {
    const profile = await insertProfile("profile_delete_refused");
    for (const role of ["support", "finance"] as const) {
      await actAs(role);
      expect((await deleteProfile({ id: profile.id })).serverError).toMatch(/may not delete aiProfile/);
    }
    expect(await profileOf(profile.userId)).toHaveLength(1);
  });
});
