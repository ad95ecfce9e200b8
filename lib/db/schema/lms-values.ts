// The LMS tables' fixed value lists (CHECK constraints in lms.ts), as plain data: grids and forms
// in the browser import them from here, which keeps drizzle's table definitions out of client bundles.
export const courseStatuses = ["draft", "published", "archived"] as const;
export const lessonContentTypes = ["video", "text", "quiz"] as const;
export const progressStatuses = ["not_started", "in_progress", "completed"] as const;
export type CourseStatus = (typeof courseStatuses)[number];
export type LessonContentType = (typeof lessonContentTypes)[number];
export type ProgressStatus = (typeof progressStatuses)[number];
