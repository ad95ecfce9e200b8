-- Keeps console_deal_last_activity in step with activities. Activities are append-only (direct
-- UPDATE/DELETE are refused), so an INSERT statement folds its new rows in (the latest time per
-- deal wins), and the only removal — a foreign-key cascade when an actor (a user) is erased —
-- recomputes the touched deals from the activities left. Rows are written in key order so
-- concurrent statements lock them in the same order.
CREATE FUNCTION console_fold_deal_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO console_deal_last_activity AS l (deal_id, last_activity_at)
  SELECT deal_id, max(occurred_at) FROM inserted_activities GROUP BY deal_id ORDER BY deal_id
  ON CONFLICT (deal_id) DO UPDATE SET last_activity_at = greatest(l.last_activity_at, excluded.last_activity_at);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION console_refold_deal_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM console_deal_last_activity WHERE deal_id IN (SELECT deal_id FROM removed_activities);
  INSERT INTO console_deal_last_activity AS l (deal_id, last_activity_at)
  SELECT deal_id, max(occurred_at) FROM activities
  WHERE deal_id IN (SELECT deal_id FROM removed_activities)
  GROUP BY deal_id ORDER BY deal_id
  ON CONFLICT (deal_id) DO UPDATE SET last_activity_at = greatest(l.last_activity_at, excluded.last_activity_at);
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
-- The activities that were there before the triggers.
INSERT INTO console_deal_last_activity (deal_id, last_activity_at)
SELECT deal_id, max(occurred_at) FROM activities GROUP BY deal_id;
