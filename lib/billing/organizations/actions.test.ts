import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { insertOrganization, insertPlan, insertSubscription } from "@/lib/billing/test-fixtures";
import { db } from "@/lib/db/client";
import { apiUsage, auditLog, memberships, organizations } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { auditCount } from "@/lib/test/audit";
import { actAnonymously, actAs } from "@/lib/test/auth";
import { createOrganization, deleteOrganization, updateOrganization } from "./actions";

beforeAll(() => seedStaff(db));

const freshSlug = () => `acme-${randomUUID().slice(0, 8)}`;
const organizationWithSlug = (slug: string) => db.select().from(organizations).where(eq(organizations.slug, slug));

describe("createOrganization", () => {
  it("creates the organization with an audit row", async () => {
    await actAs("admin");
    const slug = freshSlug();
    const result = await createOrganization({ name: "  Acme Labs ", slug });
    const [created] = await organizationWithSlug(slug);
    expect(result.data).toEqual({ id: created.id });
    expect(created.name).toBe("Acme Labs");
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, created.id));
    expect(entry).toMatchObject({ resource: "organization", action: "create", actorRole: "admin" });
  });

  it("puts a duplicate slug on the slug field, writing nothing", async () => {
    const taken = await insertOrganization();
    await actAs("admin");
    const before = await auditCount();
    const result = await createOrganization({ name: "Copycat", slug: taken.slug });
    expect(result.validationErrors?.fieldErrors.slug).toEqual(["Another organization already uses this slug."]);
    expect(await organizationWithSlug(taken.slug)).toHaveLength(1);
    expect(await auditCount()).toBe(before);
  });

  it("rejects a bad slug and an empty name before the database", async () => {
    await actAs("admin");
    const result = await createOrganization({ name: " ", slug: "Acme Labs!" });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["name", "slug"]);
  });

  it.each(["support", "finance"] as const)("refuses %s and writes nothing", async (role) => {
    await actAs(role);
    const slug = freshSlug();
    const result = await createOrganization({ name: "Nope", slug });
    expect(result.serverError).toMatch(/may not create organization/);
    expect(await organizationWithSlug(slug)).toHaveLength(0);
  });

  it("refuses a caller without a session", async () => {
    actAnonymously();
    const slug = freshSlug();
    expect((await createOrganization({ name: "Nope", slug })).serverError).toMatch(/sign in/i);
    expect(await organizationWithSlug(slug)).toHaveLength(0);
  });
});

describe("updateOrganization", () => {
  it("renames it and audits before and after", async () => {
    const org = await insertOrganization();
    await actAs("admin");
    const slug = freshSlug();
    expect((await updateOrganization({ id: org.id, name: "Renamed", slug })).data).toEqual({ id: org.id });
    const [row] = await db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(row).toMatchObject({ name: "Renamed", slug });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, org.id));
    expect(entry).toMatchObject({ action: "update", before: expect.objectContaining({ slug: org.slug }), after: expect.objectContaining({ slug }) });
  });

  it("puts a slug another organization has on the slug field", async () => {
    const org = await insertOrganization();
    const other = await insertOrganization();
    await actAs("admin");
    const result = await updateOrganization({ id: org.id, name: org.name, slug: other.slug });
    expect(result.validationErrors?.fieldErrors.slug).toEqual(["Another organization already uses this slug."]);
    expect((await db.select().from(organizations).where(eq(organizations.id, org.id)))[0].slug).toBe(org.slug);
  });

  it("says so when the organization is gone", async () => {
    await actAs("admin");
    const result = await updateOrganization({ id: randomUUID(), name: "Ghost", slug: freshSlug() });
    expect(result.serverError).toBe("That organization no longer exists.");
  });

  it("refuses finance and changes nothing", async () => {
    const org = await insertOrganization();
    await actAs("finance");
    expect((await updateOrganization({ id: org.id, name: "Hijacked", slug: org.slug })).serverError).toMatch(/may not update organization/);
    expect((await db.select().from(organizations).where(eq(organizations.id, org.id)))[0].name).toBe(org.name);
  });
});

describe("deleteOrganization", () => {
  async function organizationWithEverything() {
    const org = await insertOrganization();
    const plan = await insertPlan();
    await db.insert(memberships).values([
      { organizationId: org.id, userId: "staff_admin", role: "owner" },
      { organizationId: org.id, userId: "staff_support", role: "member" },
    ]);
    await insertSubscription({ organizationId: org.id, planId: plan.id });
    await db.insert(apiUsage).values([1, 2, 3].map((credits) => ({ organizationId: org.id, creditsUsed: credits, apiKeyId: "key_a" })));
    return org;
  }

  it("removes it with everything under it and reports the counts", async () => {
    const org = await organizationWithEverything();
    await actAs("admin");
    const removed = { memberships: 2, subscriptions: 1, usageRows: 3 };
    expect((await deleteOrganization({ id: org.id })).data).toEqual({ id: org.id, removed });
    expect(await db.$count(organizations, eq(organizations.id, org.id))).toBe(0);
    expect(await db.$count(memberships, eq(memberships.organizationId, org.id))).toBe(0);
    expect(await db.$count(apiUsage, eq(apiUsage.organizationId, org.id))).toBe(0);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, org.id));
    expect(entry).toMatchObject({ action: "delete", before: expect.objectContaining({ removed }) });
  });

  it.each(["support", "finance"] as const)("refuses %s and deletes nothing", async (role) => {
    const org = await organizationWithEverything();
    await actAs(role);
    expect((await deleteOrganization({ id: org.id })).serverError).toMatch(/may not delete organization/);
    expect(await db.$count(memberships, eq(memberships.organizationId, org.id))).toBe(2);
  });
});
