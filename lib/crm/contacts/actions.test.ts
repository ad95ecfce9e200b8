import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog, contacts, deals } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { insertActivity, insertCompany, insertContact, insertDeal, uniqueTag } from "@/lib/crm/test-fixtures";
import { actAs } from "@/lib/test/auth";
import { auditCount } from "@/lib/test/audit";
import { createContact, deleteContact, updateContact } from "./actions";

const contactById = async (id: string) => (await db.select().from(contacts).where(eq(contacts.id, id)))[0];

beforeAll(() => seedStaff(db));

describe("createContact", () => {
  it("creates a lead without a company, email lowercased", async () => {
    const email = `Lead-${uniqueTag()}@Example.test`;
    await actAs("admin");
    const result = await createContact({ name: "Lee Lead", email, companyId: null, ownerId: "staff_support" });
    expect(await contactById(result.data!.id)).toMatchObject({ name: "Lee Lead", email: email.toLowerCase(), companyId: null, ownerId: "staff_support" });
  });

  it("creates a contact at a company", async () => {
    const company = await insertCompany();
    await actAs("admin");
    const result = await createContact({ name: "", email: `${uniqueTag()}@example.test`, companyId: company.id, ownerId: "staff_admin" });
    expect(await contactById(result.data!.id)).toMatchObject({ companyId: company.id, name: null });
  });

  it("puts an invalid email, an unknown owner and an unknown company on their fields", async () => {
    await actAs("admin");
    const before = await auditCount();
    const invalid = await createContact({ name: "X", email: "not-an-email", companyId: null, ownerId: "staff_admin" });
    expect(invalid.validationErrors?.fieldErrors.email).toEqual(["Enter a valid email address."]);
    const noOwner = await createContact({ name: "X", email: `${uniqueTag()}@example.test`, companyId: null, ownerId: "nobody" });
    expect(noOwner.validationErrors?.fieldErrors.ownerId).toEqual(["That user no longer exists. Pick another owner."]);
    const noCompany = await createContact({ name: "X", email: `${uniqueTag()}@example.test`, companyId: "00000000-0000-4000-8000-000000000000", ownerId: "staff_admin" });
    expect(noCompany.validationErrors?.fieldErrors.companyId).toEqual(["That company no longer exists. Pick another or none."]);
    expect(await auditCount()).toBe(before);
  });

  it.each(["support", "finance"] as const)("refuses %s", async (role) => {
    await actAs(role);
    const result = await createContact({ name: "X", email: `${uniqueTag()}@example.test`, companyId: null, ownerId: "staff_admin" });
    expect(result.serverError).toMatch(/may not create contact/);
  });
});

describe("updateContact", () => {
  it("moves the contact to a company and a new owner, auditing both states", async () => {
    const contact = await insertContact();
    const company = await insertCompany();
    await actAs("admin");
    const result = await updateContact({ id: contact.id, name: "Moved", email: contact.email, companyId: company.id, ownerId: "staff_finance" });
    expect(result.data).toEqual({ id: contact.id });
    expect(await contactById(contact.id)).toMatchObject({ name: "Moved", companyId: company.id, ownerId: "staff_finance" });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, contact.id));
    expect(entry).toMatchObject({ action: "update", before: expect.objectContaining({ companyId: null }), after: expect.objectContaining({ companyId: company.id }) });
  });
});

describe("deleteContact", () => {
  it("deletes the contact with its deals and says how many went", async () => {
    const contact = await insertContact();
    const first = await insertDeal({ contactId: contact.id });
    await insertDeal({ contactId: contact.id, pipelineId: first.pipelineId });
    await actAs("admin");
    const result = await deleteContact({ id: contact.id });
    expect(result.data).toEqual({ id: contact.id, removed: { deals: 2, activities: 0 } });
    expect(await contactById(contact.id)).toBeUndefined();
    expect(await db.$count(deals, eq(deals.contactId, contact.id))).toBe(0);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, contact.id));
    expect(entry).toMatchObject({ action: "delete", before: expect.objectContaining({ removed: { deals: 2, activities: 0 } }) });
  });

  it("refuses while its deals have activities (append-only), deleting nothing", async () => {
    const contact = await insertContact();
    const deal = await insertDeal({ contactId: contact.id });
    await insertActivity(deal.id);
    await actAs("admin");
    const result = await deleteContact({ id: contact.id });
    expect(result.serverError).toBe("This contact's deals have 1 logged activity, which are never deleted. Mark the deals lost instead.");
    expect(await contactById(contact.id)).toBeDefined();
    expect(await db.$count(deals, eq(deals.contactId, contact.id))).toBe(1);
  });

  it("refuses support", async () => {
    const contact = await insertContact();
    await actAs("support");
    expect((await deleteContact({ id: contact.id })).serverError).toMatch(/may not delete contact/);
    expect(await contactById(contact.id)).toBeDefined();
  });
});
