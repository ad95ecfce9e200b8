import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { offsetPage } from "@/lib/data-table/offset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid } from "@/lib/data-table/sql";
import { db, type Transaction } from "@/lib/db/client";
import { activities, companies, contacts, deals, user } from "@/lib/db/schema";
import { atCompany, ownedBy } from "../grid-filters";
import { contactId } from "../schemas";
import { contactsGrid } from "./grid";

// Scalar subqueries rather than joins: a contact without a company (a lead) still has its row.
const equals = (column: AnyPgColumn, outer: AnyPgColumn) => sql`${column} = ${outer}`;
const companyName = sql<string | null>`(select ${companies.name} from ${companies} where ${equals(companies.id, contacts.companyId)})`;
const ownerName = sql<string>`(select ${user.name} from ${user} where ${equals(user.id, contacts.ownerId)})`;

export const contactsBinding = bindGrid(contactsGrid, {
  from: contacts,
  rowId: contacts.id,
  columns: { name: contacts.name, email: contacts.email, company: companyName, owner: ownerName, created: contacts.createdAt },
  search: [contacts.name, contacts.email],
  filterWhere: { company: atCompany(contacts.companyId), owner: ownedBy(contacts.ownerId) },
});

export type ContactRow = {
  id: string;
  name: string | null;
  email: string;
  companyId: string | null;
  companyName: string | null;
  ownerId: string;
  ownerName: string;
  createdAt: Date;
};

export const contactFields = {
  id: contacts.id,
  name: contacts.name,
  email: contacts.email,
  companyId: contacts.companyId,
  companyName,
  ownerId: contacts.ownerId,
  ownerName,
  createdAt: contacts.createdAt,
};

/** One page of Sales → Contacts; company and owner names looked up for the page's rows only. */
export function listContacts(state: GridState) {
  return offsetPage<ContactRow>(contactsBinding, state, ({ where, orderBy, limit, offset }) => {
    const page = db.select({ id: contacts.id }).from(contacts).where(where).orderBy(...orderBy).limit(limit).offset(offset).as("page");
    return db.select(contactFields).from(contacts).innerJoin(page, eq(page.id, contacts.id)).orderBy(...orderBy);
  });
}

/** What deleting a contact would take with it: its deals, and the activities logged on them. */
export async function contactDependents(executor: Transaction | typeof db, id: string) {
  const [counts] = await executor
    .select({
      deals: sql<number>`count(distinct ${deals.id})::int`,
      activities: sql<number>`count(${activities.id})::int`,
    })
    .from(deals)
    .leftJoin(activities, eq(activities.dealId, deals.id))
    .where(eq(deals.contactId, id));
  return counts;
}

/** One contact with its company and owner names; null for an unknown id. */
export async function getContact(id: string) {
  if (!contactId.safeParse(id).success) return null;
  const [row] = await db.select(contactFields).from(contacts).where(eq(contacts.id, id));
  return row ?? null;
}

/** The newest contacts of a company (its page's related list). */
export function contactsOfCompany(companyIdValue: string, limit = 10) {
  return db.select(contactFields).from(contacts).where(eq(contacts.companyId, companyIdValue)).orderBy(desc(contacts.createdAt), asc(contacts.id)).limit(limit);
}
