// Test data for the CRM's integration tests: fresh rows with unique names, so tests never share state.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { activities, companies, contacts, deals, pipelines, type DealStage } from "@/lib/db/schema";

/** A short unique tag for names and domains. */
export const uniqueTag = () => randomUUID().slice(0, 8);

export async function insertCompany(domain: string | null = `${uniqueTag()}.example.com`) {
  const [company] = await db.insert(companies).values({ name: `Company ${uniqueTag()}`, domain }).returning();
  return company;
}

export async function insertContact(companyId: string | null = null) {
  const [contact] = await db
    .insert(contacts)
    .values({ companyId, email: `${uniqueTag()}@example.test`, name: "Test Contact", ownerId: "staff_admin" })
    .returning();
  return contact;
}

export async function insertPipeline() {
  const [pipeline] = await db.insert(pipelines).values({ name: `Pipeline ${uniqueTag()}` }).returning();
  return pipeline;
}

export async function insertDeal(fields: { contactId?: string; pipelineId?: string; stage?: DealStage; closeDate?: Date | null; amountCents?: number; ownerId?: string } = {}) {
  const contactId = fields.contactId ?? (await insertContact()).id;
  const pipelineId = fields.pipelineId ?? (await insertPipeline()).id;
  const [deal] = await db
    .insert(deals)
    .values({ title: `Deal ${uniqueTag()}`, ownerId: "staff_admin", amountCents: 100_00, closeDate: null, ...fields, contactId, pipelineId })
    .returning();
  return deal;
}

export async function insertActivity(dealId: string, occurredAt = new Date()) {
  const [activity] = await db.insert(activities).values({ dealId, actorId: "staff_admin", type: "note", body: "Noted.", occurredAt }).returning();
  return activity;
}

/** The deal's row version (xmin), as the board carries it. */
export async function dealVersion(id: string) {
  const [row] = await db.select({ version: sql<string>`${deals}.xmin::text` }).from(deals).where(eq(deals.id, id));
  return row.version;
}

export async function dealById(id: string) {
  const [row] = await db.select().from(deals).where(eq(deals.id, id));
  return row;
}
