"use server";

import { defineAction } from "@/lib/actions/define-action";
import { activities } from "@/lib/db/schema";
import { logActivitySchema } from "../schemas";

/** Logs a call, email or note on a deal as the signed-in staff member. Append-only: no edit, no delete. */
export const logActivity = defineAction({
  resource: "activity",
  action: "create",
  schema: logActivitySchema,
  constraints: { activities_deal_id_deals_id_fk: { field: "dealId", message: "That deal no longer exists." } },
  revalidate: "/sales",
  async run(input, { tx, staff, audit }) {
    const [logged] = await tx.insert(activities).values({ ...input, actorId: staff.id }).returning();
    audit({ resourceId: logged.id, after: logged });
    return { id: logged.id };
  },
});
