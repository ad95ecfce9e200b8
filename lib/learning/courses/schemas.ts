import { z } from "zod";
import { courseStatuses } from "@/lib/db/schema/lms-values";
import { rowVersion } from "@/lib/forms/row-version";

/** Lowercase words joined by single hyphens, e.g. "sql-for-analysts". */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxSlugLength = 80;

/** A slug suggestion for a title: accents dropped, anything else between words becomes one hyphen. */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, maxSlugLength)
    .replace(/-$/, "");
}

export const courseId = z.guid({ error: "That course does not exist." });

const courseFields = z.object({
  title: z.string().trim().min(3, { error: "Give the course a title (at least 3 characters)." }).max(200),
  slug: z
    .string()
    .trim()
    .min(3, { error: "Use at least 3 characters." })
    .max(maxSlugLength, { error: `Use at most ${maxSlugLength} characters.` })
    .regex(slugPattern, { error: "Use lowercase letters, digits and single hyphens, e.g. sql-for-analysts." }),
  status: z.enum(courseStatuses, { error: "Pick a status." }),
  instructorId: z.string({ error: "Pick an instructor." }).min(1, { error: "Pick an instructor." }),
});

export const createCourseSchema = courseFields;
export const updateCourseSchema = courseFields.extend({ id: courseId, version: rowVersion });
export const courseRefSchema = z.object({ id: courseId });
