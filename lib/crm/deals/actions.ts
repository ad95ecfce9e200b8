"use server";

import { eq, sql } from "drizzle-orm";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { lockRow } from "@/lib/actions/lock-row";
import { activities, deals } from "@/lib/db/schema";
import { dealStageLabels, isClosedStage, type DealStage } from "@/lib/db/schema/crm-values";
import { formatDate } from "@/lib/format";
import { createDealSchema, dealRefSchema, moveDealSchema, updateDealSchema } from "../schemas";

const revalidate = "/sales";

const dealConstraints = {
  deals_contact_id_contacts_id_fk: { field: "contactId", message: "That contact no longer exists. Pick another." },
  deals_pipeline_id_pipelines_id_fk: { field: "pipelineId", message: "That pipeline no longer exists. Pick another." },
  deals_owner_id_user_id_fk: { field: "ownerId", message: "That user no longer exists. Pick another owner." },
  deals_stage_check: { field: "stage", message: "Pick one of the listed stages." },
};

/** A deal closed (won or lost) without a close date closes today. */
const closeDateFor = (stage: DealStage, closeDate: Date | null) =>
  closeDate ?? (isClosedStage(stage) ? sql<Date>`date_trunc('day', now() at time zone 'utc') at time zone 'utc'` : null);

/** The row version a board or form was loaded with: PostgreSQL's xmin, which every UPDATE changes. */
const version = sql<string>`${deals}.xmin::text`.as("version");

export const createDeal = defineAction({
  resource: "deal",
  action: "create",
  schema: createDealSchema,
  constraints: dealConstraints,
  revalidate,
  async run(input, { tx, audit }) {
    const [created] = await tx
      .insert(deals)
      .values({ ...input, closeDate: closeDateFor(input.stage, input.closeDate) })
      .returning();
    audit({ resourceId: created.id, after: created });
    return { id: created.id };
  },
});

export const updateDeal = defineAction({
  resource: "deal",
  action: "update",
  schema: updateDealSchema,
  constraints: dealConstraints,
  revalidate,
  async run({ id, ...changes }, { tx, audit }) {
    const before = await lockRow(tx, deals, id, "That deal no longer exists.");
    const [after] = await tx
      .update(deals)
      .set({ ...changes, closeDate: closeDateFor(changes.stage, changes.closeDate) })
      .where(eq(deals.id, id))
      .returning();
    audit({ resourceId: id, before, after });
    return { id };
  },
});

/** Refused while the deal has activities: they are append-only and would go with it. */
export const deleteDeal = defineAction({
  resource: "deal",
  action: "delete",
  schema: dealRefSchema,
  revalidate: false,
  async run({ id }, { tx, audit }) {
    // FOR UPDATE also holds off an activity being logged on it meanwhile (its FK check needs KEY SHARE).
    const deal = await lockRow(tx, deals, id, "That deal no longer exists.");
    const logged = await tx.$count(activities, eq(activities.dealId, id));
    if (logged > 0) {
      throw new ActionError(
        `This deal has ${logged} logged ${logged === 1 ? "activity" : "activities"}, which are never deleted. Mark it lost instead.`,
      );
    }
    await tx.delete(deals).where(eq(deals.id, id));
    audit({ resourceId: id, before: deal });
    return { id };
  },
});

/**
 * A card dropped on another column of the board. Conflict-safe: `version` is the deal's xmin as the
 * board showed it; if the deal changed since, nothing moves and the message says where it is now.
 */
export const moveDeal = defineAction({
  resource: "deal",
  action: "update",
  schema: moveDealSchema,
  revalidate: false,
  async run({ id, stage, version: shown }, { tx, audit }) {
    const [current] = await tx.select({ deal: deals, version }).from(deals).where(eq(deals.id, id)).for("update");
    if (!current) throw new ActionError("That deal no longer exists. Nothing was moved.");
    const before = current.deal;
    if (current.version !== shown) {
      throw new ActionError(
        `Someone changed "${before.title}" since the board was loaded: it is in ${dealStageLabels[before.stage]}` +
          ` (close date ${formatDate(before.closeDate)}). Nothing was moved.`,
      );
    }
    const [moved] = await tx
      .update(deals)
      .set({ stage, closeDate: closeDateFor(stage, before.closeDate) })
      .where(eq(deals.id, id))
      .returning({ deal: deals, version });
    audit({ resourceId: id, action: "move", before: { stage: before.stage, closeDate: before.closeDate }, after: { stage, closeDate: moved.deal.closeDate } });
    return { id, stage, closeDate: moved.deal.closeDate, version: moved.version };
  },
});
