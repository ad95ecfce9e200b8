import "server-only";
import { eq, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { offsetPage } from "@/lib/data-table/offset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { companies, contacts, deals } from "@/lib/db/schema";
import { companyId } from "../schemas";
import { companiesGrid } from "./grid";

// Correlated in a nested sql`` so drizzle keeps the table names (see lib/learning/courses/queries.ts).
const equals = (column: AnyPgColumn, outer: AnyPgColumn) => sql`${column} = ${outer}`;
const contactCount = sql<number>`(select count(*)::int from ${contacts} where ${equals(contacts.companyId, companies.id)})`;
const openValue = sql<string>`(select coalesce(sum(${deals.amountCents}), 0)::text from ${deals} join ${contacts} on ${equals(contacts.id, deals.contactId)} where ${equals(contacts.companyId, companies.id)} and ${deals.stage} in ('lead', 'qualified'))`;

export const companiesBinding = bindGrid(companiesGrid, {
  from: companies,
  rowId: companies.id,
  columns: { name: companies.name, domain: companies.domain, contacts: contactCount, openValue, created: companies.createdAt },
  search: [companies.name, companies.domain],
});

export type CompanyRow = { id: string; name: string; domain: string | null; contactCount: number; openValueCents: number; createdAt: Date };

/** What a company row shows (grid and CSV export). */
export const companyFields = {
  id: companies.id,
  name: companies.name,
  domain: companies.domain,
  contactCount,
  openValueCents: sql<number>`${openValue}::bigint`.mapWith(Number),
  createdAt: companies.createdAt,
};

/** One page of Sales → Companies; the counts and open value are computed for the page's rows only. */
export function listCompanies(state: GridState) {
  return offsetPage<CompanyRow>(companiesBinding, state, ({ where, orderBy, limit, offset }) => {
    const page = db.select({ id: companies.id }).from(companies).where(where).orderBy(...orderBy).limit(limit).offset(offset).as("page");
    return db.select(companyFields).from(companies).innerJoin(page, eq(page.id, companies.id)).orderBy(...orderBy);
  });
}

/** One company with its counts; null for an unknown id. */
export async function getCompany(id: string) {
  if (!companyId.safeParse(id).success) return null;
  const [row] = await db.select(companyFields).from(companies).where(eq(companies.id, id));
  return row ?? null;
}
