// The board's URL state: an owner, and a close-date range. Plain data, shared by server and client.
import { z } from "zod";
import { parseIsoDay } from "@/lib/dates";
import { dealStages, type DealStage } from "@/lib/db/schema/crm-values";

/** Cards a column shows at first and adds per "show more". */
export const boardPageSize = 20;

const day = z
  .string()
  .optional()
  .transform((value) => (value ? parseIsoDay(value) : null));

export const boardFiltersSchema = z.object({
  owner: z.string().trim().max(200).optional().transform((value) => value || null),
  from: day,
  to: day,
});
export type BoardFilters = z.output<typeof boardFiltersSchema>;

/** Where the next page of a column starts: the last card shown (its close date, amount, id). */
export const boardCursorSchema = z.object({
  closeDate: z.iso.datetime().nullable(),
  amountCents: z.number().int(),
  id: z.guid(),
});
export type BoardCursor = z.output<typeof boardCursorSchema>;

/** GET /api/sales/board/<pipeline>?stage&owner&from&to&afterClose&afterAmount&afterId: a column's next cards. */
export function boardPageUrl(pipelineId: string, stage: DealStage, filters: BoardFilters, after: BoardCursor) {
  const params = new URLSearchParams({ stage, afterAmount: String(after.amountCents), afterId: after.id });
  if (after.closeDate) params.set("afterClose", after.closeDate);
  if (filters.owner) params.set("owner", filters.owner);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  return `/api/sales/board/${pipelineId}?${params}`;
}

export const boardPageRequestSchema = z.object({
  stage: z.enum(dealStages),
  filters: boardFiltersSchema,
  after: boardCursorSchema,
});

/** The request boardPageUrl wrote, parsed; null when it is not one. */
export function parseBoardPageUrl(params: URLSearchParams) {
  const parsed = boardPageRequestSchema.safeParse({
    stage: params.get("stage"),
    filters: { owner: params.get("owner") ?? undefined, from: params.get("from") ?? undefined, to: params.get("to") ?? undefined },
    after: { closeDate: params.get("afterClose"), amountCents: Number(params.get("afterAmount")), id: params.get("afterId") },
  });
  return parsed.success ? parsed.data : null;
}

export type BoardCard = {
  id: string;
  title: string;
  stage: DealStage;
  amountCents: number;
  closeDate: string | null;
  companyId: string | null;
  companyName: string | null;
  ownerName: string;
  version: string;
};

export type BoardColumn = { stage: DealStage; count: number; totalCents: number; cards: BoardCard[]; hasMore: boolean };
