"use server";

import { and, eq, ne, sql } from "drizzle-orm";
import { returnValidationErrors } from "next-safe-action";
import { defineAction } from "@/lib/actions/define-action";
import { lockRow } from "@/lib/actions/lock-row";
import type { Transaction } from "@/lib/db/client";
import { companies } from "@/lib/db/schema";
import { salesPaths } from "../paths";
import { createCompanySchema, updateCompanySchema } from "../schemas";

const revalidate = "/sales";
const domainKey = sql`crm_normalize_domain(${companies.domain})`;

const companyConstraints = {
  // Only reached by an edit racing another edit; creates resolve the race with ON CONFLICT below.
  companies_domain_normalized_unique: { field: "domain", message: "Another company already uses this domain." },
};

/** Refuses with a field error linking to the company that already has `domain` (other than `exceptId`). */
async function refuseTakenDomain(tx: Transaction, domain: string | null, exceptId?: string) {
  if (!domain) return;
  const [existing] = await tx
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(and(sql`${domainKey} = crm_normalize_domain(${domain})`, exceptId ? ne(companies.id, exceptId) : undefined))
    .limit(1);
  if (existing) {
    returnValidationErrors(createCompanySchema, {
      domain: { _errors: [`${existing.name} already uses ${domain}: ${salesPaths.company(existing.id)}`] },
    });
  }
}

export const createCompany = defineAction({
  resource: "company",
  action: "create",
  schema: createCompanySchema,
  constraints: companyConstraints,
  revalidate,
  async run(input, { tx, audit }) {
    // ON CONFLICT DO NOTHING (the domain index is the table's only unique key besides a random id):
    // a concurrent create of the same domain waits for the first to commit, inserts nothing, and
    // this caller is then shown the company that won.
    const [created] = await tx.insert(companies).values(input).onConflictDoNothing().returning();
    if (!created) await refuseTakenDomain(tx, input.domain);
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const updateCompany = defineAction({
  resource: "company",
  action: "update",
  schema: updateCompanySchema,
  constraints: companyConstraints,
  revalidate,
  async run({ id, ...changes }, { tx, audit }) {
    const before = await lockRow(tx, companies, id, "That company no longer exists.");
    await refuseTakenDomain(tx, changes.domain, id);
    const [after] = await tx.update(companies).set(changes).where(eq(companies.id, id)).returning();
    audit({ resourceId: id, before, after });
    return { id };
  },
});
