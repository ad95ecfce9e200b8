import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditLog, companies } from "@/lib/db/schema";
import { seedStaff } from "@/lib/db/seed/staff";
import { insertCompany, uniqueTag } from "@/lib/crm/test-fixtures";
import { actAnonymously, actAs } from "@/lib/test/auth";
import { auditCount } from "@/lib/test/audit";
import { createCompany, updateCompany } from "./actions";

const companiesWithDomain = (domain: string) => db.select().from(companies).where(sql`crm_normalize_domain(${companies.domain}) = ${domain}`);

beforeAll(() => seedStaff(db));

describe("createCompany", () => {
  it("stores the domain normalised and audits the create", async () => {
    const tag = uniqueTag();
    await actAs("admin");
    const result = await createCompany({ name: "Acme", domain: `HTTPS://www.Acme-${tag}.com/pricing?ref=x` });
    const [created] = await db.select().from(companies).where(eq(companies.id, result.data!.id));
    expect(created).toMatchObject({ name: "Acme", domain: `acme-${tag}.com` });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, created.id));
    expect(entry).toMatchObject({ resource: "company", action: "create", actorRole: "admin" });
  });

  it("refuses a domain another company has (in any spelling) with a link to it, writing nothing", async () => {
    const existing = await insertCompany(`dup-${uniqueTag()}.com`);
    await actAs("admin");
    const before = await auditCount();
    const result = await createCompany({ name: "Copycat", domain: `http://WWW.${existing.domain}/about` });
    expect(result.validationErrors?.fieldErrors.domain).toEqual([`${existing.name} already uses ${existing.domain}: /sales/companies/${existing.id}`]);
    expect(await companiesWithDomain(existing.domain!)).toHaveLength(1);
    expect(await auditCount()).toBe(before);
  });

  it("lets exactly one of two simultaneous creates of the same domain win; the other links to the winner", async () => {
    const domain = `race-${uniqueTag()}.com`;
    await actAs("admin");
    const results = await Promise.all([createCompany({ name: "First", domain }), createCompany({ name: "Second", domain: `www.${domain}` })]);
    const [winner] = await companiesWithDomain(domain);
    expect(await companiesWithDomain(domain)).toHaveLength(1);
    expect(results.filter((r) => r.data).map((r) => r.data!.id)).toEqual([winner.id]);
    const loser = results.find((r) => !r.data)!;
    expect(loser.validationErrors?.fieldErrors.domain).toEqual([`${winner.name} already uses ${domain}: /sales/companies/${winner.id}`]);
  });

  it("waits for a create still in flight and, once it commits, shows that company", async () => {
    const domain = `inflight-${uniqueTag()}.com`;
    await actAs("admin");
    let pending: ReturnType<typeof createCompany> | undefined;
    // Another session's insert, not committed yet while our create runs.
    const winner = await db.transaction(async (tx) => {
      const [row] = await tx.insert(companies).values({ name: "In flight", domain }).returning();
      pending = createCompany({ name: "Late", domain });
      await new Promise((resolve) => setTimeout(resolve, 300));
      return row;
    });
    const result = await pending!;
    expect(result.validationErrors?.fieldErrors.domain).toEqual([`In flight already uses ${domain}: /sales/companies/${winner.id}`]);
    expect(await companiesWithDomain(domain)).toHaveLength(1);
  });

  it("rejects a malformed domain and a missing name on their fields", async () => {
    await actAs("admin");
    const result = await createCompany({ name: "", domain: "not a domain" });
    expect(Object.keys(result.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["domain", "name"]);
  });

  it("allows companies without a domain (many of them)", async () => {
    await actAs("admin");
    const first = await createCompany({ name: "No domain one", domain: "" });
    const second = await createCompany({ name: "No domain two", domain: null });
    expect(first.data?.id).toBeDefined();
    expect(second.data?.id).toBeDefined();
  });

  it.each(["support", "finance"] as const)("refuses %s", async (role) => {
    await actAs(role);
    const domain = `${role}-${uniqueTag()}.com`;
    const result = await createCompany({ name: "Nope", domain });
    expect(result.serverError).toMatch(/may not create company/);
    expect(await companiesWithDomain(domain)).toHaveLength(0);
  });

  it("refuses a caller without a session", async () => {
    actAnonymously();
    const result = await createCompany({ name: "Nope", domain: null });
    expect(result.serverError).toMatch(/sign in/i);
  });
});

describe("updateCompany", () => {
  it("renames and re-domains, auditing before and after", async () => {
    const company = await insertCompany();
    const domain = `renamed-${uniqueTag()}.io`;
    await actAs("admin");
    const result = await updateCompany({ id: company.id, name: "Renamed", domain: `www.${domain}` });
    expect(result.data).toEqual({ id: company.id });
    const [row] = await db.select().from(companies).where(eq(companies.id, company.id));
    expect(row).toMatchObject({ name: "Renamed", domain });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.resourceId, company.id));
    expect(entry).toMatchObject({ action: "update", before: expect.objectContaining({ domain: company.domain }), after: expect.objectContaining({ domain }) });
  });

  it("keeps its own domain, but refuses another company's with a link", async () => {
    const company = await insertCompany();
    const other = await insertCompany();
    await actAs("admin");
    expect((await updateCompany({ id: company.id, name: "Same domain", domain: company.domain })).data).toEqual({ id: company.id });
    const result = await updateCompany({ id: company.id, name: "Taken", domain: other.domain });
    expect(result.validationErrors?.fieldErrors.domain).toEqual([`${other.name} already uses ${other.domain}: /sales/companies/${other.id}`]);
  });

  it("says so when the company is gone", async () => {
    await actAs("admin");
    const result = await updateCompany({ id: "00000000-0000-4000-8000-000000000000", name: "Ghost", domain: null });
    expect(result.serverError).toBe("That company no longer exists.");
  });
});
