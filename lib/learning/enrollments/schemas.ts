import { z } from "zod";

export const enrollSchema = z.object({
  courseId: z.uuid({ error: "Pick a course." }),
  studentId: z.string().min(1, { error: "Pick a student." }),
});

/** One row (row action) or the selected rows (bulk action). */
export const unenrollSchema = z.object({
  enrollmentIds: z.array(z.uuid()).min(1, { error: "Pick at least one enrollment." }).max(100, { error: "At most 100 at a time." }),
});
