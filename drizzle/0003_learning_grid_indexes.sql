CREATE INDEX "idx_enrollment_time" ON "enrollments" USING btree ("enrolled_at","id");--> statement-breakpoint
CREATE INDEX "idx_enrollment_course_time" ON "enrollments" USING btree ("course_id","enrolled_at","id");--> statement-breakpoint
CREATE INDEX "idx_progress_completed" ON "lesson_progress" USING btree (coalesce("completed_at", 'epoch'::timestamptz),"id");--> statement-breakpoint
CREATE INDEX "idx_progress_status_completed" ON "lesson_progress" USING btree ("status",coalesce("completed_at", 'epoch'::timestamptz),"id");