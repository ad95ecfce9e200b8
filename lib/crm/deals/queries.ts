import "server-only";
import { desc, eq, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { versionOf } from "@/lib/actions/lock-row";
import { offsetPage, type OffsetRowQuery } from "@/lib/data-table/offset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid, scopeGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { companies, contacts, deals, pipelines, user } from "@/lib/db/schema";
import type { DealStage } from "@/lib/db/schema/crm-values";
import { atCompany, centsBetween, ownedBy } from "../grid-filters";
import { dealId } from "../schemas";
import { companyDealsGrid, dealsGrid } from "./grid";

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
      pipeline: deals.pipelineId,
      owner: ownerName,
      amount: deals.amountCents,
      close: deals.closeDate,
      created: deals.createdAt,
    },
    search: [deals.title],
    filterWhere: {
      owner: ownedBy(deals.ownerId),
      company: (value) => sql`${deals.contactId} in (select ${contacts.id} from ${contacts} where ${atCompany(contacts.companyId)(value)})`,
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

/** A page of deals; names looked up for the page's rows only. */
const dealsPage = ({ where, orderBy, limit, offset }: OffsetRowQuery) => {
  const page = db.select({ id: deals.id }).from(deals).where(where).orderBy(...orderBy).limit(limit).offset(offset).as("page");
  return db.select(dealFields).from(deals).innerJoin(page, eq(page.id, deals.id)).orderBy(...orderBy);
};

/** One page of Sales → Deals. */
export function listDeals(state: GridState) {
  return offsetPage<DealRow>(dealsBinding, state, dealsPage);
}

/** One page of the deals of a company's contacts (its page's related list). */
export function listCompanyDeals(companyIdValue: string, state: GridState) {
  const ofCompany = inArray(deals.contactId, db.select({ id: contacts.id }).from(contacts).where(eq(contacts.companyId, companyIdValue)));
  return offsetPage<DealRow>(scopeGrid(dealsBinding, ofCompany, companyDealsGrid), state, dealsPage);
}

/** One deal with its names and row version (its edit form's); null for an unknown id. */
export async function getDeal(id: string) {
  if (!dealId.safeParse(id).success) return null;
  const [row] = await db
    .select({ ...dealFields, version: versionOf(deals) })
    .from(deals)
    .where(eq(deals.id, id));
  return row ?? null;
}


export type OwnedDealRow = { id: string; title: string; stage: DealStage; amountCents: number; contactName: string; createdAt: Date };

/** A rep's latest deals and how many they own (idx_deal_owner). */
export async function dealsOfOwner(ownerId: string, limit = 10): Promise<{ total: number; rows: OwnedDealRow[] }> {
  const [rows, [count]] = await Promise.all([
    db
      .select({ id: deals.id, title: deals.title, stage: deals.stage, amountCents: deals.amountCents, contactName, createdAt: deals.createdAt })
      .from(deals)
      .where(eq(deals.ownerId, ownerId))
      .orderBy(desc(deals.createdAt), desc(deals.id))
      .limit(limit),
    db.select({ total: sql<number>`count(*)::int` }).from(deals).where(eq(deals.ownerId, ownerId)),
  ]);
  return { total: count.total, rows };
}
