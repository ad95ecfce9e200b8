-- Keeps console_pipeline_stage_totals in step with deals, whoever writes them: a statement trigger
-- per INSERT, UPDATE and DELETE folds the statement's rows in as signed deltas (an update takes its
-- old rows out and its new ones in) with one upsert in key order, so concurrent statements lock the
-- rows alike. Dynamic SQL because each trigger has only its own transition tables.
CREATE FUNCTION console_fold_pipeline_totals() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added CONSTANT text := 'SELECT pipeline_id, stage, amount_cents, 1 AS n FROM added_deals';
  removed CONSTANT text := 'SELECT pipeline_id, stage, amount_cents, -1 AS n FROM removed_deals';
BEGIN
  EXECUTE format($sql$
    INSERT INTO console_pipeline_stage_totals AS t (pipeline_id, stage, deals, amount_cents)
    SELECT pipeline_id, stage, sum(n), sum(n * amount_cents) FROM (%s) d
    GROUP BY 1, 2 HAVING sum(n) <> 0 OR sum(n * amount_cents) <> 0 ORDER BY 1, 2
    ON CONFLICT (pipeline_id, stage) DO UPDATE SET deals = t.deals + excluded.deals, amount_cents = t.amount_cents + excluded.amount_cents
  $sql$, CASE TG_OP WHEN 'INSERT' THEN added WHEN 'DELETE' THEN removed ELSE added || ' UNION ALL ' || removed END);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER console_pipeline_totals_insert AFTER INSERT ON deals
  REFERENCING NEW TABLE AS added_deals FOR EACH STATEMENT EXECUTE FUNCTION console_fold_pipeline_totals();
--> statement-breakpoint
CREATE TRIGGER console_pipeline_totals_update AFTER UPDATE ON deals
  REFERENCING OLD TABLE AS removed_deals NEW TABLE AS added_deals FOR EACH STATEMENT EXECUTE FUNCTION console_fold_pipeline_totals();
--> statement-breakpoint
CREATE TRIGGER console_pipeline_totals_delete AFTER DELETE ON deals
  REFERENCING OLD TABLE AS removed_deals FOR EACH STATEMENT EXECUTE FUNCTION console_fold_pipeline_totals();
--> statement-breakpoint
INSERT INTO console_pipeline_stage_totals (pipeline_id, stage, deals, amount_cents)
SELECT pipeline_id, stage, count(*), sum(amount_cents) FROM deals GROUP BY 1, 2;
