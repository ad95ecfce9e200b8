import "server-only";
import { desc, eq, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { offsetPage } from "@/lib/data-table/offset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, containsPattern } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { companies, contacts, deals, pipelines, user } from "@/lib/db/schema";
import type { DealStage } from "@/lib/db/schema/crm-values";
import { atCompany, centsBetween, ownedBy } from "../grid-filters";
import { dealId } from "../schemas";
import { dealsGrid } from "./grid";

// Scalar subqueries for the names: the page's rows look them up, counts and facets stay on deals alone.
const equals = (column: AnyPgColumn, outer: AnyPgColumn) => sql`${column} = ${outer}`;
const companyOfContact = sql`(select ${contacts.companyId} from ${contacts} where ${equals(contacts.id, deals.contactId)})`;
const companyName = sql<string | null>`(select ${companies.name} from ${companies} where ${companies.id} = ${companyOfContact})`;
const contactName = sql<string>`(select coalesce(${contacts.name}, ${contacts.email}) from ${contacts} where ${equals(contacts.id, deals.contactId)})`;
const pipelineName = sql<string>`(select ${pipelines.name} from ${pipelines} where ${equals(pipelines.id, deals.pipelineId)})`;
const ownerName = sql<string>`(select ${user.name} from ${user} where ${equals(user.id, deals.ownerId)})`;

export const dealsBinding = bindGrid(dealsGrid, {
    from: deals,
    rowId: deals.id,
    columns: {
      title: deals.title,
      company: companyName,
      stage: deals.stage,
      pipeline: pipelineName,
      owner: ownerName,
      amount: deals.amountCents,
      close: deals.closeDate,
      created: deals.createdAt,
    },
    search: [deals.title],
    filterWhere: {
      owner: ownedBy(deals.ownerId),
      company: (value) => sql`${deals.contactId} in (select ${contacts.id} from ${contacts} where ${atCompany(contacts.companyId)(value)})`,
      pipeline: (value) => sql`${deals.pipelineId} in (select ${pipelines.id} from ${pipelines} where ${pipelines.name} ilike ${containsPattern(value as string)})`,
      amount: centsBetween(deals.amountCents),
    },
  });

export type DealRow = {
  id: string;
  title: string;
  stage: DealStage;
  amountCents: number;
  closeDate: Date | null;
  createdAt: Date;
  contactId: string;
  contactName: string;
  companyId: string | null;
  companyName: string | null;
  pipelineId: string;
  pipelineName: string;
  ownerId: string;
  ownerName: string;
};

export const dealFields = {
  id: deals.id,
  title: deals.title,
  stage: deals.stage,
  amountCents: deals.amountCents,
  closeDate: deals.closeDate,
  createdAt: deals.createdAt,
  contactId: deals.contactId,
  contactName,
  companyId: sql<string | null>`${companyOfContact}`,
  companyName,
  pipelineId: deals.pipelineId,
  pipelineName,
  ownerId: deals.ownerId,
  ownerName,
};

/** One page of Sales → Deals; names looked up for the page's rows only. */
export function listDeals(state: GridState) {
  return offsetPage<DealRow>(dealsBinding, state, ({ where, orderBy, limit, offset }) => {
    const page = db.select({ id: deals.id }).from(deals).where(where).orderBy(...orderBy).limit(limit).offset(offset).as("page");
    return db.select(dealFields).from(deals).innerJoin(page, eq(page.id, deals.id)).orderBy(...orderBy);
  });
}

/** One deal with its names and row version (for conflict-safe moves); null for an unknown id. */
export async function getDeal(id: string) {
  if (!dealId.safeParse(id).success) return null;
  const [row] = await db
    .select({ ...dealFields, version: sql<string>`${deals}.xmin::text` })
    .from(deals)
    .where(eq(deals.id, id));
  return row ?? null;
}

/** The deals of a company's contacts, newest first (its page's related list). */
export function dealsOfCompany(companyIdValue: string, limit = 10) {
  return db
    .select(dealFields)
    .from(deals)
    .where(inArray(deals.contactId, db.select({ id: contacts.id }).from(contacts).where(eq(contacts.companyId, companyIdValue))))
    .orderBy(desc(deals.createdAt), desc(deals.id))
    .limit(limit);
}
