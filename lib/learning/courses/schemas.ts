import { z } from "zod";
import { courseStatuses } from "@/lib/db/schema/lms-values";
import { rowVersion } from "@/lib/forms/row-version";
import { slugField } from "@/lib/forms/slug";

export const courseId = z.guid({ error: "That course does not exist." });

const courseFields = z.object({
  title: z.string().trim().min(3, { error: "Give the course a title (at least 3 characters)." }).max(200),
  slug: slugField("sql-for-analysts"),
  status: z.enum(courseStatuses, { error: "Pick a status." }),
  instructorId: z.string({ error: "Pick an instructor." }).min(1, { error: "Pick an instructor." }),
});

export const createCourseSchema = courseFields;
export const updateCourseSchema = courseFields.extend({ id: courseId, version: rowVersion });
export const courseRefSchema = z.object({ id: courseId });
