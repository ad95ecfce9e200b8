import "server-only";
import { eq, sql } from "drizzle-orm";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid } from "@/lib/data-table/sql";
import { addDays, toIsoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { apiUsage, organizations } from "@/lib/db/schema";
import { defaultUsageDays, usageGrid } from "./grid";

const organizationJoin = { table: organizations, on: eq(organizations.id, apiUsage.organizationId) };

export const usageBinding = bindGrid(usageGrid, {
  from: apiUsage,
  joins: [organizationJoin],
  rowId: apiUsage.id,
  columns: {
    time: apiUsage.createdAt,
    organization: organizations.name,
    apiKey: apiUsage.apiKeyId,
    credits: apiUsage.creditsUsed,
  },
  filterOn: { organization: [organizations.name, organizations.slug] },
  filterWhere: { apiKey: (value) => sql`${apiUsage.apiKeyId} = ${value as string}` },
});

export type UsageRow = { id: string; createdAt: Date; organizationId: string; organizationName: string; apiKeyId: string | null; creditsUsed: number };

export const usageFields = {
  id: apiUsage.id,
  createdAt: apiUsage.createdAt,
  organizationId: apiUsage.organizationId,
  organizationName: organizations.name,
  apiKeyId: apiUsage.apiKeyId,
  creditsUsed: apiUsage.creditsUsed,
};

/** The grid state with the default window (the last 30 days) when the URL sets no time filter. */
export function withUsageWindow(state: GridState, today = toIsoDay(new Date())): GridState {
  if (state.filters.time) return state;
  return { ...state, filters: { ...state.filters, time: { from: addDays(today, -(defaultUsageDays - 1)), to: null } } };
}

/** Newest first, keyset on (created_at, id): a deep page is one index range scan. */
export function listUsage(state: GridState) {
  return keysetPage(usageBinding, withUsageWindow(state), ({ where, orderBy, limit, cursorFields }) =>
    db
      .select({ ...usageFields, ...cursorFields })
      .from(apiUsage)
      .innerJoin(organizations, organizationJoin.on)
      .where(where)
      .orderBy(...orderBy)
      .limit(limit),
  );
}
