"use server";
import type { RelationOption } from "@/lib/forms/relation-option";
import { courses } from "@/lib/db/schema";
import { searchRelation } from "@/lib/forms/relation-search";

/** Relation-picker search over courses by title or slug (top 20 by title). */
export async function searchCourses(query: string): Promise<RelationOption[]> {
  return searchRelation(
    { resource: "course", table: courses, value: courses.id, label: courses.title, description: courses.slug, search: [courses.title, courses.slug] },
    query,
  );
}
