import "server-only";
import { and, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { addDays, utcMidnight } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { companies, contacts, dealCardOrder, deals, pipelines, user } from "@/lib/db/schema";
import { dealStages, type DealStage } from "@/lib/db/schema/crm-values";
import { pipelineId as pipelineIdSchema } from "../schemas";
import { boardPageSize, type BoardCard, type BoardColumn, type BoardCursor, type BoardFilters } from "./filters";

const cardOrder = dealCardOrder(deals);
const negativeAmount = sql`(-${deals.amountCents})`;

function filterWhere(pipelineId: string, { owner, from, to }: BoardFilters): SQL[] {
  return [
    eq(deals.pipelineId, pipelineId),
    owner ? eq(deals.ownerId, owner) : undefined,
    from ? gte(deals.closeDate, new Date(utcMidnight(from))) : undefined,
    to ? lt(deals.closeDate, new Date(utcMidnight(addDays(to, 1)))) : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
}

/** The range filter on the close date spelled on the card key too, so idx_deal_board's range serves it. */
function cardKeyWhere({ from, to }: BoardFilters): SQL[] {
  return [
    from ? sql`${cardOrder} >= ${utcMidnight(from)}::timestamptz` : undefined,
    to ? sql`${cardOrder} < ${utcMidnight(addDays(to, 1))}::timestamptz` : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
}

/**
 * Up to `limit` cards of one column in board order, after `after` (keyset on the idx_deal_board
 * key: a row comparison, so "show more" deep in a column of tens of thousands costs what the first page does).
 */
async function columnCards(pipelineId: string, stage: DealStage, filters: BoardFilters, limit: number, after?: BoardCursor) {
  const afterWhere = after
    ? sql`(${cardOrder}, ${negativeAmount}, ${deals.id}) > (coalesce(${after.closeDate}::timestamptz, 'infinity'::timestamptz), ${-after.amountCents}::bigint, ${after.id}::uuid)`
    : undefined;
  const rows = await db
    .select({
      id: deals.id,
      title: deals.title,
      stage: deals.stage,
      amountCents: deals.amountCents,
      closeDate: deals.closeDate,
      companyId: companies.id,
      companyName: companies.name,
      ownerName: user.name,
      version: sql<string>`${deals}.xmin::text`,
    })
    .from(deals)
    .innerJoin(contacts, eq(contacts.id, deals.contactId))
    .leftJoin(companies, eq(companies.id, contacts.companyId))
    .innerJoin(user, eq(user.id, deals.ownerId))
    .where(and(...filterWhere(pipelineId, filters), ...cardKeyWhere(filters), eq(deals.stage, stage), afterWhere))
    .orderBy(cardOrder, negativeAmount, deals.id)
    .limit(limit + 1);
  const cards: BoardCard[] = rows.slice(0, limit).map((row) => ({ ...row, closeDate: row.closeDate?.toISOString() ?? null }));
  return { cards, hasMore: rows.length > limit };
}

/** The next cards of one column after the last one shown. */
export function boardColumnPage(pipelineId: string, stage: DealStage, filters: BoardFilters, after: BoardCursor) {
  return columnCards(pipelineId, stage, filters, boardPageSize, after);
}

/** Count and total amount per stage of the pipeline (index-only on idx_deal_board_totals). */
async function columnTotals(pipelineId: string, filters: BoardFilters) {
  const rows = await db
    .select({ stage: deals.stage, count: sql<number>`count(*)::int`, totalCents: sql<string>`coalesce(sum(${deals.amountCents}), 0)::text` })
    .from(deals)
    .where(and(...filterWhere(pipelineId, filters)))
    .groupBy(deals.stage);
  return new Map(rows.map((row) => [row.stage, { count: row.count, totalCents: Number(row.totalCents) }]));
}

/** The board of one pipeline: per stage its count, total and first cards. Null for an unknown pipeline. */
export async function getBoard(pipelineId: string, filters: BoardFilters) {
  if (!pipelineIdSchema.safeParse(pipelineId).success) return null;
  const [pipeline] = await db.select().from(pipelines).where(eq(pipelines.id, pipelineId));
  if (!pipeline) return null;
  const [totals, ...pages] = await Promise.all([
    columnTotals(pipelineId, filters),
    ...dealStages.map((stage) => columnCards(pipelineId, stage, filters, boardPageSize)),
  ]);
  const columns: BoardColumn[] = dealStages.map((stage, i) => ({
    stage,
    count: totals.get(stage)?.count ?? 0,
    totalCents: totals.get(stage)?.totalCents ?? 0,
    ...pages[i],
  }));
  return { pipeline, columns };
}

/** The people who own deals in the pipeline, for the board's owner filter. */
export async function boardOwners(pipelineId: string) {
  if (!pipelineIdSchema.safeParse(pipelineId).success) return [];
  return db
    .select({ id: user.id, name: user.name })
    .from(user)
    .where(sql`${user.id} in (select ${deals.ownerId} from ${deals} where ${deals.pipelineId} = ${pipelineId})`)
    .orderBy(user.name, user.id);
}
