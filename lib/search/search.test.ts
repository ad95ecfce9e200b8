// The ⌘K search through its route handler, as the palette calls it: each record type, the role
// filter (only readable types; support never sees any part of an ingest key), and no prompt text.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/search/route";
import { insertOrganization } from "@/lib/billing/test-fixtures";
import { insertCompany, insertContact, insertDeal } from "@/lib/crm/test-fixtures";
import { db } from "@/lib/db/client";
import { companies, contacts, courses, deals, promptLogs, trackedApps, user } from "@/lib/db/schema";
import { demoLogins, seedStaff } from "@/lib/db/seed/staff";
import { createLogin, sessionCookie } from "@/lib/test/auth";
import { eq } from "drizzle-orm";
import type { SearchGroup } from "./types";

// One unique word in every searchable record, so rows of other test files never match.
const tag = `qk${randomUUID().slice(0, 6)}`;
const appKey = `sk_live_${tag}SECRETKEYTAILz9w7`;
const cookies: Record<string, string> = {};

async function search(role: string, q: string) {
  const response = await GET(new Request(`http://localhost/api/search?q=${encodeURIComponent(q)}`, { headers: { cookie: cookies[role] ?? "" } }));
  return { status: response.status, text: await response.clone().text(), body: (await response.json()) as { groups?: SearchGroup[] } };
}
const typesOf = (groups: SearchGroup[] = []) => groups.map((g) => g.type);

beforeAll(async () => {
  await seedStaff(db);
  for (const login of demoLogins) cookies[login.role] = await sessionCookie(login.email, login.password);
  const person = await createLogin("user", `person_${tag}`);
  await db.update(user).set({ name: `Pat ${tag} Person` }).where(eq(user.id, person.id));
  await insertOrganization(`Org ${tag} Holdings`);
  await db.insert(courses).values({ slug: `course-${tag}`, title: `Course ${tag} basics`, instructorId: "staff_admin" });
  await db.insert(trackedApps).values({ ownerId: person.id, name: `App ${tag} web`, apiKey: appKey });
  const company = await insertCompany(`${tag}.example.com`);
  await db.update(companies).set({ name: `Company ${tag}` }).where(eq(companies.id, company.id));
  const contact = await insertContact(company.id);
  await db.update(contacts).set({ email: `buyer.${tag}@example.test`, name: `Buyer ${tag}` }).where(eq(contacts.id, contact.id));
  const deal = await insertDeal({ contactId: contact.id });
  await db.update(deals).set({ title: `Deal ${tag} renewal` }).where(eq(deals.id, deal.id));
  await db.insert(promptLogs).values({ userId: person.id, model: "gpt-test", prompt: `secret prompt ${tag}-prompttext`, completion: `reply ${tag}-prompttext` });
}, 60_000);

describe("GET /api/search", () => {
  it("finds every record type by part of its text, grouped, each hit linking to its page", async () => {
    const { status, body } = await search("admin", tag);
    expect(status).toBe(200);
    expect(typesOf(body.groups)).toEqual(["user", "organization", "course", "trackedApp", "company", "contact", "deal"]);
    const titles = Object.fromEntries(body.groups!.map((g) => [g.type, g.hits.map((h) => h.title)]));
    expect(titles).toEqual({
      user: [`Pat ${tag} Person`],
      organization: [`Org ${tag} Holdings`],
      course: [`Course ${tag} basics`],
      trackedApp: [`App ${tag} web`],
      company: [`Company ${tag}`],
      contact: [`Buyer ${tag}`],
      deal: [`Deal ${tag} renewal`],
    });
    const user = body.groups!.find((g) => g.type === "user")!.hits[0];
    expect(user).toMatchObject({ href: `/people/users/person_${tag}`, subtitle: `person_${tag}@example.test` });
    expect(body.groups!.find((g) => g.type === "contact")!.hits[0].href).toBe(`/sales/contacts?q=buyer.${tag}%40example.test`);
  });

  it("matches the other searched columns: email, slug, domain, contact email", async () => {
    expect(typesOf((await search("support", `person_${tag}@example`)).body.groups)).toEqual(["user"]);
    expect(typesOf((await search("support", `course-${tag}`)).body.groups)).toEqual(["course"]);
    expect(typesOf((await search("support", `${tag}.example.com`)).body.groups)).toEqual(["company"]);
    expect(typesOf((await search("support", `buyer.${tag}`)).body.groups)).toEqual(["contact"]);
  });

  it("gives at most five hits per type, prefix matches first", async () => {
    const many = `mn${tag}`;
    await db.insert(user).values(
      Array.from({ length: 7 }, (_, i) => ({ id: `${many}_${i}`, name: `Zed ${many} ${i}`, email: `u${i}.${many}@example.test`, emailVerified: false, createdAt: new Date(), updatedAt: new Date() })),
    );
    await db.update(user).set({ name: `${many} First` }).where(eq(user.id, `${many}_6`));
    const hits = (await search("admin", many)).body.groups![0].hits;
    expect(hits).toHaveLength(5);
    expect(hits[0].title).toBe(`${many} First`);
  });

  it("searches nothing for fewer than three characters", async () => {
    expect((await search("admin", "qk")).body.groups).toEqual([]);
  });

  it("shows an app's key only as its last four, to roles that may see keys; support never sees any part of it", async () => {
    const admin = await search("admin", `App ${tag}`);
    expect(admin.body.groups![0].hits[0].subtitle).toBe(`person_${tag}@example.test · key ••••${appKey.slice(-4)}`);
    const finance = await search("finance", `App ${tag}`);
    expect(finance.body.groups![0].hits[0].subtitle).toContain(`••••${appKey.slice(-4)}`);
    for (const role of ["admin", "finance", "support"]) expect((await search(role, `App ${tag}`)).text).not.toContain(appKey.slice(0, -4));
    const support = await search("support", `App ${tag}`);
    expect(support.body.groups![0].hits[0].subtitle).toBe(`person_${tag}@example.test`);
    expect(support.text).not.toContain(appKey.slice(-4));
    // Nobody finds an app by its key.
    expect((await search("support", "SECRETKEYTAIL")).body.groups).toEqual([]);
    expect((await search("admin", "SECRETKEYTAIL")).body.groups).toEqual([]);
  });

  it("never returns prompt or completion text, for any role (finance may not even read it)", async () => {
    for (const role of ["finance", "support", "admin"]) {
      const result = await search(role, `${tag}-prompttext`);
      expect(result.body.groups).toEqual([]);
      expect(result.text).not.toContain("prompttext");
    }
    expect((await search("finance", tag)).text).not.toMatch(/secret prompt|prompttext/);
  });

  it("refuses callers without a staff session and end users, with no results", async () => {
    expect((await search("nobody", tag)).status).toBe(401);
    const endUser = await search("user", tag);
    expect(endUser.status).toBe(403);
    expect(endUser.text).not.toContain(tag);
  });

  it("refuses text PostgreSQL cannot store", async () => {
    expect((await search("admin", `a\u0000bc`)).status).toBe(400);
  });
});
