import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { offsetPage } from "@/lib/data-table/offset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { plans, subscriptions } from "@/lib/db/schema";
import { plansGrid } from "./grid";

const subscriptionCount = sql<number>`(select count(*)::int from ${subscriptions} where ${sql`${subscriptions.planId} = ${plans.id}`})`;

export const plansBinding = bindGrid(plansGrid, {
  from: plans,
  rowId: plans.id,
  columns: {
    name: plans.name,
    slug: plans.slug,
    price: plans.priceCents,
    credits: plans.monthlyCredits,
    polarProduct: plans.polarProductId,
    subscriptions: subscriptionCount,
  },
  search: [plans.name, plans.slug, plans.polarProductId],
});

export type PlanRow = {
  id: string;
  name: string;
  slug: string;
  priceCents: number;
  monthlyCredits: number;
  polarProductId: string | null;
  subscriptionCount: number;
};

export const planFields = {
  id: plans.id,
  name: plans.name,
  slug: plans.slug,
  priceCents: plans.priceCents,
  monthlyCredits: plans.monthlyCredits,
  polarProductId: plans.polarProductId,
  subscriptionCount,
};

/** The plan catalog (a handful of rows): subscriptions counted per page row. */
export function listPlans(state: GridState) {
  return offsetPage<PlanRow>(plansBinding, state, ({ where, orderBy, limit, offset }) =>
    db.select(planFields).from(plans).where(where).orderBy(...orderBy).limit(limit).offset(offset),
  );
}

/** Every plan, for a plan picker (the catalog is small). */
export function planChoices() {
  return db.select({ value: plans.id, label: plans.name, priceCents: plans.priceCents }).from(plans).orderBy(asc(plans.priceCents), asc(plans.name));
}

export async function getPlan(id: string) {
  const [row] = await db.select(planFields).from(plans).where(eq(plans.id, id));
  return row ?? null;
}
