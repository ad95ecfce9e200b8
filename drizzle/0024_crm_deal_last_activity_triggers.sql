-- Keeps console_deal_last_activity in step with activities and with its deals' stage. Activities
-- are append-only (direct UPDATE/DELETE are refused), so an INSERT statement folds its new rows in
-- (the latest time per deal wins), and the only removal — a foreign-key cascade when an actor (a
-- user) is erased — recomputes the touched deals from the activities left. A deal's stage change
-- is copied to its row. Rows are written in key order so concurrent statements lock them alike.
CREATE FUNCTION console_fold_deal_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO console_deal_last_activity AS l (deal_id, last_activity_at, stage)
  SELECT i.deal_id, max(i.occurred_at), d.stage
  FROM inserted_activities i JOIN deals d ON d.id = i.deal_id
  GROUP BY i.deal_id, d.stage ORDER BY i.deal_id
  ON CONFLICT (deal_id) DO UPDATE SET last_activity_at = greatest(l.last_activity_at, excluded.last_activity_at), stage = excluded.stage;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION console_refold_deal_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM console_deal_last_activity WHERE deal_id IN (SELECT deal_id FROM removed_activities);
  INSERT INTO console_deal_last_activity AS l (deal_id, last_activity_at, stage)
  SELECT a.deal_id, max(a.occurred_at), d.stage
  FROM activities a JOIN deals d ON d.id = a.deal_id
  WHERE a.deal_id IN (SELECT deal_id FROM removed_activities)
  GROUP BY a.deal_id, d.stage ORDER BY a.deal_id
  ON CONFLICT (deal_id) DO UPDATE SET last_activity_at = greatest(l.last_activity_at, excluded.last_activity_at), stage = excluded.stage;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION console_copy_deal_stage() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE console_deal_last_activity SET stage = NEW.stage WHERE deal_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER console_deal_last_activity_fold
  AFTER INSERT ON activities
  REFERENCING NEW TABLE AS inserted_activities
  FOR EACH STATEMENT EXECUTE FUNCTION console_fold_deal_activity();
--> statement-breakpoint
CREATE TRIGGER console_deal_last_activity_refold
  AFTER DELETE ON activities
  REFERENCING OLD TABLE AS removed_activities
  FOR EACH STATEMENT EXECUTE FUNCTION console_refold_deal_activity();
--> statement-breakpoint
CREATE TRIGGER console_deal_last_activity_stage
  AFTER UPDATE OF stage ON deals
  FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage)
  EXECUTE FUNCTION console_copy_deal_stage();
--> statement-breakpoint
-- The activities that were there before the triggers.
INSERT INTO console_deal_last_activity (deal_id, last_activity_at, stage)
SELECT a.deal_id, max(a.occurred_at), d.stage FROM activities a JOIN deals d ON d.id = a.deal_id GROUP BY a.deal_id, d.stage;
