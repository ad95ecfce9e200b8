-- Keeps console_token_usage_months in step with token_usage: one statement-level trigger folds each
-- INSERT's new rows (however many) into per-user, per-UTC-month totals. token_usage is append-only
-- (its rows are only removed by a user's cascade, which removes the user's rollup rows too), so
-- inserts are the only change to follow. Rows are upserted in key order so concurrent batches
-- lock them in the same order.
CREATE FUNCTION console_fold_token_usage() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO console_token_usage_months AS m (user_id, month, prompt_tokens, completion_tokens, cost_microcents, calls)
  SELECT user_id, date_trunc('month', created_at AT TIME ZONE 'UTC')::date, sum(prompt_tokens), sum(completion_tokens),
         sum(cost_microcents), count(*)
  FROM inserted_usage
  GROUP BY 1, 2
  ORDER BY 1, 2
  ON CONFLICT (user_id, month) DO UPDATE SET
    prompt_tokens = m.prompt_tokens + excluded.prompt_tokens,
    completion_tokens = m.completion_tokens + excluded.completion_tokens,
    cost_microcents = m.cost_microcents + excluded.cost_microcents,
    calls = m.calls + excluded.calls;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER console_token_usage_months_fold
  AFTER INSERT ON token_usage
  REFERENCING NEW TABLE AS inserted_usage
  FOR EACH STATEMENT EXECUTE FUNCTION console_fold_token_usage();
--> statement-breakpoint
-- The rows that were there before the trigger.
INSERT INTO console_token_usage_months (user_id, month, prompt_tokens, completion_tokens, cost_microcents, calls)
SELECT user_id, date_trunc('month', created_at AT TIME ZONE 'UTC')::date, sum(prompt_tokens), sum(completion_tokens),
       sum(cost_microcents), count(*)
FROM token_usage
GROUP BY 1, 2;
