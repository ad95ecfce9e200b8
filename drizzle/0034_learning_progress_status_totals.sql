CREATE TABLE "console_progress_status_totals" (
	"status" text NOT NULL,
	"shard" smallint NOT NULL,
	"rows" bigint NOT NULL,
	CONSTRAINT "console_progress_status_totals_status_shard_pk" PRIMARY KEY("status","shard")
);
--> statement-breakpoint
CREATE INDEX "idx_progress_completed_student" ON "lesson_progress" USING btree ("completed_at","student_id") WHERE "lesson_progress"."completed_at" is not null;--> statement-breakpoint
-- Keeps console_progress_status_totals in step with lesson_progress, whoever writes it: a statement
-- trigger per INSERT, UPDATE and DELETE folds the statement's rows in as signed counts (an update
-- takes its old rows out and its new ones in), cascades from lessons, courses and users included.
CREATE FUNCTION console_fold_progress_status() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added CONSTANT text := 'SELECT status, 1 AS n FROM added_progress';
  removed CONSTANT text := 'SELECT status, -1 AS n FROM removed_progress';
BEGIN
  EXECUTE format($sql$
    INSERT INTO console_progress_status_totals AS t (status, shard, rows)
    SELECT status, console_rollup_shard(), sum(n) FROM (%s) p
    GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1
    ON CONFLICT (status, shard) DO UPDATE SET rows = t.rows + excluded.rows
  $sql$, CASE TG_OP WHEN 'INSERT' THEN added WHEN 'DELETE' THEN removed ELSE added || ' UNION ALL ' || removed END);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION console_clear_progress_status() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM console_progress_status_totals;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Writers wait while the triggers are made and the totals filled, so no row is counted twice or missed.
LOCK TABLE lesson_progress IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
CREATE TRIGGER console_progress_status_insert AFTER INSERT ON lesson_progress
  REFERENCING NEW TABLE AS added_progress FOR EACH STATEMENT EXECUTE FUNCTION console_fold_progress_status();
--> statement-breakpoint
CREATE TRIGGER console_progress_status_update AFTER UPDATE ON lesson_progress
  REFERENCING OLD TABLE AS removed_progress NEW TABLE AS added_progress FOR EACH STATEMENT EXECUTE FUNCTION console_fold_progress_status();
--> statement-breakpoint
CREATE TRIGGER console_progress_status_delete AFTER DELETE ON lesson_progress
  REFERENCING OLD TABLE AS removed_progress FOR EACH STATEMENT EXECUTE FUNCTION console_fold_progress_status();
--> statement-breakpoint
CREATE TRIGGER console_progress_status_truncate AFTER TRUNCATE ON lesson_progress
  FOR EACH STATEMENT EXECUTE FUNCTION console_clear_progress_status();
--> statement-breakpoint
INSERT INTO console_progress_status_totals (status, shard, rows)
SELECT status, 0, count(*) FROM lesson_progress GROUP BY 1;
