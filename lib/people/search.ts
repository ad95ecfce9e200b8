"use server";
// Relation-picker search over users: the best few matches for what was typed, never the whole table.
import { asc, ilike, or } from "drizzle-orm";
import type { RelationOption } from "@/components/forms/relation-picker";
import { can } from "@/lib/auth/permissions";
import { getStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { user } from "@/lib/db/schema";
import { containsPattern } from "@/lib/data-table/sql";

const maxOptions = 20;

/** Users whose name or email contains `query` (top 20 by name); [] without a staff session that may read users. */
export async function searchUsers(query: string): Promise<RelationOption[]> {
  const staff = await getStaff();
  if (!staff || !can(staff.role, "user", "read")) return [];
  const pattern = containsPattern(String(query).trim().slice(0, 100));
  const rows = await db
    .select({ value: user.id, label: user.name, description: user.email })
    .from(user)
    .where(or(ilike(user.name, pattern), ilike(user.email, pattern)))
    .orderBy(asc(user.name), asc(user.id))
    .limit(maxOptions);
  return rows;
}
