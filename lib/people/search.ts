"use server";
import type { RelationOption } from "@/lib/forms/relation-option";
import { user } from "@/lib/db/schema";
import { searchRelation } from "@/lib/forms/relation-search";

/** Relation-picker search over users by name or email (top 20 by name). */
export async function searchUsers(query: string): Promise<RelationOption[]> {
  return searchRelation({ resource: "user", table: user, value: user.id, label: user.name, description: user.email, search: [user.name, user.email] }, query);
}
