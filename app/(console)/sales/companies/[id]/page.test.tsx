// The company page rendered on the server with a real session: its contacts and its deals are two
// kit grids, each paged and searched under its own URL keys, next to the activity timeline.
import { beforeAll, describe, expect, it } from "vitest";
import { insertCompany, insertContact, insertDeal } from "@/lib/crm/test-fixtures";
import { db } from "@/lib/db/client";
import { contacts } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { actAs } from "@/lib/test/auth";
import { renderPage } from "@/lib/test/render-page";
import CompanyPage from "./page";

let companyId: string;
let firstContactId: string;
let ownDeal: string;
let otherDeal: string;

beforeAll(async () => {
  await seedStaff(db);
  const company = await insertCompany();
  companyId = company.id;
  // Twelve contacts: more than the related list's page of ten.
  const rows = await db
    .insert(contacts)
    .values(Array.from({ length: 12 }, (_, i) => ({ companyId, email: `person${String(i).padStart(2, "0")}.${companyId.slice(0, 8)}@example.test`, name: `Person ${i}`, ownerId: "staff_admin" })))
    .returning();
  firstContactId = rows[0].id;
  ownDeal = (await insertDeal({ contactId: firstContactId, amountCents: 250_00 })).title;
  // A deal of another company's contact stays off this page.
  otherDeal = (await insertDeal({ contactId: (await insertContact()).id })).title;
});

const render = (query: Record<string, string> = {}) => renderPage(CompanyPage, query, { id: companyId });
const shownEmails = (html: string) => html.match(/person\d\d\.[0-9a-f]{8}@example\.test/g) ?? [];

describe("company page", () => {
  it("pages its contacts under contacts.* keys, ten at a time, without touching the other grids", async () => {
    await actAs("support");
    const first = await render({ "contacts.sort": "email.asc" });
    expect(shownEmails(first)).toHaveLength(10);
    expect(first).toContain("12 at this company");
    const second = await render({ "contacts.sort": "email.asc", "contacts.page": "2" });
    expect(shownEmails(second)).toEqual([expect.stringMatching(/^person10\./), expect.stringMatching(/^person11\./)]);
    // The deals grid kept its first page.
    expect(second).toContain(ownDeal);
  });

  it("searches its contacts on their own key and lists only this company's deals", async () => {
    await actAs("support");
    const html = await render({ "contacts.q": "person07" });
    expect(shownEmails(html)).toEqual([expect.stringMatching(/^person07\./)]);
    expect(html).toContain(ownDeal);
    expect(html).not.toContain(otherDeal);
  });

  it("gives support no contact editing, and the admin edit and delete", async () => {
    await actAs("support");
    // Sorted by email: the twelve share one created_at, so the default order's first page varies.
    const asSupport = await render({ "contacts.sort": "email.asc" });
    expect(asSupport).toContain("Person 0");
    expect(asSupport).not.toContain('aria-label="Edit Person 0"');
    await actAs("admin");
    const asAdmin = await render({ "contacts.sort": "email.asc" });
    expect(asAdmin).toContain('aria-label="Edit Person 0"');
    expect(asAdmin).toContain("Delete Person 0");
  });
});
