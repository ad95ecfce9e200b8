"use server";
// Relation-picker search over courses: top matches by title or slug.
import { asc, ilike, or } from "drizzle-orm";
import type { RelationOption } from "@/components/forms/relation-picker";
import { can } from "@/lib/auth/permissions";
import { getStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { courses } from "@/lib/db/schema";
import { containsPattern } from "@/lib/data-table/sql";

const maxOptions = 20;

/** Courses whose title or slug contains `query` (top 20 by title); [] without a staff session that may read courses. */
export async function searchCourses(query: string): Promise<RelationOption[]> {
  const staff = await getStaff();
  if (!staff || !can(staff.role, "course", "read")) return [];
  const pattern = containsPattern(String(query).trim().slice(0, 100));
  return db
    .select({ value: courses.id, label: courses.title, description: courses.slug })
    .from(courses)
    .where(or(ilike(courses.title, pattern), ilike(courses.slug, pattern)))
    .orderBy(asc(courses.title), asc(courses.id))
    .limit(maxOptions);
}
