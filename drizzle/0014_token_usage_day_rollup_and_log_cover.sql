-- The token_usage trigger now also folds each INSERT into per-UTC-day, per-model totals
-- (console_token_usage_days), which the spend charts read. Those totals keep the spend of a user
-- who is later erased (they hold no user): money spent stays spent.
CREATE OR REPLACE FUNCTION console_fold_token_usage() RETURNS trigger LANGUAGE plpgsql AS $$
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
  INSERT INTO console_token_usage_days AS d (day, model, prompt_tokens, completion_tokens, cost_microcents, calls)
  SELECT (created_at AT TIME ZONE 'UTC')::date, model, sum(prompt_tokens), sum(completion_tokens), sum(cost_microcents), count(*)
  FROM inserted_usage
  GROUP BY 1, 2
  ORDER BY 1, 2
  ON CONFLICT (day, model) DO UPDATE SET
    prompt_tokens = d.prompt_tokens + excluded.prompt_tokens,
    completion_tokens = d.completion_tokens + excluded.completion_tokens,
    cost_microcents = d.cost_microcents + excluded.cost_microcents,
    calls = d.calls + excluded.calls;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- The rows already there. CREATE OR REPLACE took no lock on token_usage, so take one: no insert
-- may land between this backfill and the commit that makes the new function live.
LOCK TABLE token_usage IN SHARE ROW EXCLUSIVE MODE;
--> statement-breakpoint
INSERT INTO console_token_usage_days (day, model, prompt_tokens, completion_tokens, cost_microcents, calls)
SELECT (created_at AT TIME ZONE 'UTC')::date, model, sum(prompt_tokens), sum(completion_tokens), sum(cost_microcents), count(*)
FROM token_usage
GROUP BY 1, 2;
--> statement-breakpoint
-- The prompt logs grid's keyset order, carrying what its filters, counts and the per-model
-- quality figures read, so they can be answered from the index.
CREATE INDEX "idx_log_time_cover" ON "prompt_logs" USING btree ("created_at", "id") INCLUDE ("status", "model", "latency_ms", "user_id");
