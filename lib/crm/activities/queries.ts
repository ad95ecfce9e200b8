import "server-only";
import { eq, inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { keysetPage } from "@/lib/data-table/keyset";
import type { GridState } from "@/lib/data-table/search-params";
import { bindGrid } from "@/lib/data-table/sql";
import { db } from "@/lib/db/client";
import { activities, contacts, deals, user } from "@/lib/db/schema";
import type { ActivityType } from "@/lib/db/schema/crm-values";
import { ownedBy } from "../grid-filters";
import { activitiesGrid } from "./grid";

const equals = (column: AnyPgColumn, outer: AnyPgColumn) => sql`${column} = ${outer}`;
const actorName = sql<string>`(select ${user.name} from ${user} where ${equals(user.id, activities.actorId)})`;
const dealTitle = sql<string>`(select ${deals.title} from ${deals} where ${equals(deals.id, activities.dealId)})`;

function activitiesBinding(where?: SQL) {
  return bindGrid(activitiesGrid, {
    from: activities,
    rowId: activities.id,
    columns: { occurred: activities.occurredAt, type: activities.type, actor: actorName, deal: dealTitle, body: activities.body },
    filterWhere: { actor: ownedBy(activities.actorId) },
    where,
  });
}

export type ActivityRow = {
  id: string;
  occurredAt: Date;
  type: ActivityType;
  body: string | null;
  actorId: string;
  actorName: string;
  dealId: string;
  dealTitle: string;
};

export const activityFields = {
  id: activities.id,
  occurredAt: activities.occurredAt,
  type: activities.type,
  body: activities.body,
  actorId: activities.actorId,
  actorName,
  dealId: activities.dealId,
  dealTitle,
};

/** The grid across all deals, with no scope (the page and the CSV export). */
export const activitiesBindingForExport = activitiesBinding();

function page(binding: ReturnType<typeof activitiesBinding>, state: GridState) {
  return keysetPage(binding, state, ({ where, orderBy, limit, cursorFields }) =>
    db.select({ ...activityFields, ...cursorFields }).from(activities).where(where).orderBy(...orderBy).limit(limit),
  );
}

/** One page of Sales → Activities (keyset; the total is the planner's estimate). */
export const listActivities = (state: GridState) => page(activitiesBindingForExport, state);

/** A deal's timeline, most recent first (idx_activity_deal_keyset). */
export const dealTimeline = (dealId: string, state: GridState) => page(activitiesBinding(eq(activities.dealId, dealId)), state);

/** The timeline across every deal of a company's contacts. */
export const companyTimeline = (companyId: string, state: GridState) =>
  page(
    activitiesBinding(
      inArray(
        activities.dealId,
        db.select({ id: deals.id }).from(deals).innerJoin(contacts, eq(contacts.id, deals.contactId)).where(eq(contacts.companyId, companyId)),
      ),
    ),
    state,
  );
