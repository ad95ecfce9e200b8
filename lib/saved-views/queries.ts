import "server-only";
import { and, asc, eq, or } from "drizzle-orm";
import { can } from "@/lib/auth/permissions";
import type { Staff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { consoleSavedViews, user } from "@/lib/db/schema";
import type { SavedView } from "./types";

/** The views of one grid the staff member may open: their own and everyone's shared ones, by name. */
export async function listSavedViews(staff: Pick<Staff, "id" | "role">, grid: string): Promise<SavedView[]> {
  const rows = await db
    .select({ id: consoleSavedViews.id, name: consoleSavedViews.name, query: consoleSavedViews.query, shared: consoleSavedViews.shared, ownerId: consoleSavedViews.ownerId, ownerName: user.name })
    .from(consoleSavedViews)
    .innerJoin(user, eq(user.id, consoleSavedViews.ownerId))
    .where(and(eq(consoleSavedViews.grid, grid), or(eq(consoleSavedViews.ownerId, staff.id), eq(consoleSavedViews.shared, true))))
    .orderBy(asc(consoleSavedViews.name), asc(consoleSavedViews.id))
    .limit(200);
  const manageAny = can(staff.role, "savedView", "manage-any");
  return rows.map(({ ownerId, ...row }) => ({ ...row, mine: ownerId === staff.id, canManage: ownerId === staff.id || manageAny }));
}
