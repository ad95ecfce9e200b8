import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { insertOrganization } from "@/lib/billing/test-fixtures";
import { db } from "@/lib/db/client";
import { auditLog, memberships } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { auditCount } from "@/lib/test/audit";
import { actAs, createLogin } from "@/lib/test/auth";
import { addMember, changeMemberRole, removeMember } from "./actions";

beforeAll(() => seedStaff(db));

async function organizationWithOwner() {
  const org = await insertOrganization();
  const [owner] = await db.insert(memberships).values({ organizationId: org.id, userId: "staff_admin", role: "owner" }).returning();
  return { org, owner };
}
const membership = async (id: string) => (await db.select().from(memberships).where(eq(memberships.id, id)))[0];

describe("addMember", () => {
  it("adds the user with the role, audited", async () => {
    const { org } = await organizationWithOwner();
    await actAs("admin");
    const result = await addMember({ organizationId: org.id, userId: "staff_finance", role: "admin" });
    const row = await membership(result.data!.id);
    expect(row).toMatchObject({ organizationId: org.id, userId: "staff_finance", role: "admin" });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, row.id));
    expect(entry).toMatchObject({ resource: "membership", action: "create" });
  });

  it("puts an existing member on the user field, writing nothing", async () => {
    const { org } = await organizationWithOwner();
    await actAs("admin");
    const before = await auditCount();
    const result = await addMember({ organizationId: org.id, userId: "staff_admin", role: "member" });
    expect(result.validationErrors?.fieldErrors.userId).toEqual(["This user is already a member of this organization."]);
    expect(await db.$count(memberships, eq(memberships.organizationId, org.id))).toBe(1);
    expect(await auditCount()).toBe(before);
  });

  it("puts an unknown user on the user field and refuses a role that does not exist", async () => {
    const { org } = await organizationWithOwner();
    await actAs("admin");
    const unknown = await addMember({ organizationId: org.id, userId: "nobody-at-all", role: "member" });
    expect(unknown.validationErrors?.fieldErrors.userId).toEqual(["That user no longer exists. Pick another user."]);
    const badRole = await addMember({ organizationId: org.id, userId: "staff_finance", role: "boss" as never });
    expect(badRole.validationErrors?.fieldErrors.role).toBeDefined();
    expect(await db.$count(memberships, eq(memberships.organizationId, org.id))).toBe(1);
  });

  it.each(["support", "finance"] as const)("refuses %s and writes nothing", async (role) => {
    const { org } = await organizationWithOwner();
    await actAs(role);
    expect((await addMember({ organizationId: org.id, userId: "staff_finance", role: "member" })).serverError).toMatch(/may not create membership/);
    expect(await db.$count(memberships, eq(memberships.organizationId, org.id))).toBe(1);
  });
});

describe("changeMemberRole and removeMember", () => {
  it("changes a role and removes a member", async () => {
    const { org } = await organizationWithOwner();
    const [member] = await db.insert(memberships).values({ organizationId: org.id, userId: "staff_support", role: "member" }).returning();
    await actAs("admin");
    expect((await changeMemberRole({ id: member.id, role: "owner" })).data).toEqual({ id: member.id });
    expect((await membership(member.id)).role).toBe("owner");
    expect((await removeMember({ id: member.id })).data).toEqual({ id: member.id });
    expect(await membership(member.id)).toBeUndefined();
  });

  it("keeps the last owner: no demotion, no removal, nothing written", async () => {
    const { owner } = await organizationWithOwner();
    await actAs("admin");
    const before = await auditCount();
    expect((await changeMemberRole({ id: owner.id, role: "admin" })).serverError).toMatch(/last owner/);
    expect((await removeMember({ id: owner.id })).serverError).toMatch(/last owner/);
    expect((await membership(owner.id)).role).toBe("owner");
    expect(await auditCount()).toBe(before);
  });

  it("lets one of two owners go, but not both at once", async () => {
    const { org, owner } = await organizationWithOwner();
    const second = await createLogin("user", `owner2_${org.id.slice(0, 8)}`);
    const [other] = await db.insert(memberships).values({ organizationId: org.id, userId: second.id, role: "owner" }).returning();
    await actAs("admin");
    const results = await Promise.all([removeMember({ id: owner.id }), changeMemberRole({ id: other.id, role: "member" })]);
    expect(results.filter((r) => r.data)).toHaveLength(1);
    expect(results.filter((r) => r.serverError?.includes("last owner"))).toHaveLength(1);
    const owners = (await db.select().from(memberships).where(eq(memberships.organizationId, org.id))).filter((m) => m.role === "owner");
    expect(owners).toHaveLength(1);
  });

  it("refuses support and changes nothing", async () => {
    const { owner } = await organizationWithOwner();
    await actAs("support");
    expect((await removeMember({ id: owner.id })).serverError).toMatch(/may not delete membership/);
    expect(await membership(owner.id)).toBeDefined();
  });
});
