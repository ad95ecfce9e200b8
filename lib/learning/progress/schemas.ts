import { z } from "zod";

/** A learner's progress in one course. */
export const resetProgressSchema = z.object({
  courseId: z.uuid({ error: "Pick a course." }),
  studentId: z.string().min(1, { error: "Pick a student." }),
});
