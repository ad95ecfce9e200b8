// AI wrapper: profiles for every other user, token usage priced per model, and prompt logs.
import { pickAt, pickRandom, randomInt, scaleUserId, skewedIndex, withinLastDays } from "../sql";
import { scaleSizes } from "../sizes";
import type { ScaleStep } from "../step";

const models = ["gpt-4o", "gpt-4o-mini", "claude-sonnet", "claude-haiku", "gemini-1.5-pro", "o3-mini"];
/** Micro-cents per prompt / completion token, in the order of `models`. */
const promptPrices = [250, 15, 300, 80, 125, 110];
const completionPrices = [1000, 60, 1500, 400, 500, 440];
const budgets = ["0", "100000", "1000000", "5000000"];
const prompts = [
  "Summarise this support ticket in two sentences:",
  "Write a friendly reminder email about an unpaid invoice for",
  "Translate the following product description into German:",
  "Suggest five subject lines for a newsletter about",
  "Explain this SQL query plan to a junior developer:",
  "Classify the sentiment of this review:",
];

const { userProfiles, tokenUsage, promptLogs, historyDays } = scaleSizes;

// Profile n belongs to user 2n; usage and logs come from profiled users, a few of them heavy.
const profiledUser = (index: string) => scaleUserId(`2 * ${index}`);

export const aiSteps: ScaleStep[] = [
  {
    table: "user_profiles",
    sql: `
      insert into user_profiles (user_id, display_name, default_model, monthly_token_budget, created_at)
      select ${profiledUser("g")}, 'Profile ' || g, ${pickAt(models, "g")}, ${pickAt(budgets, "g / 6")}::bigint, ${withinLastDays(400)}
      from generate_series(1, ${userProfiles}) g`,
  },
  {
    table: "token_usage",
    sql: `
      insert into token_usage (user_id, model, prompt_tokens, completion_tokens, cost_microcents, created_at)
      select ${profiledUser("u")}, (array[${models.map((m) => `'${m}'`).join(",")}])[m], p, c,
             p * (array[${promptPrices.join(",")}])[m] + c * (array[${completionPrices.join(",")}])[m], created_at
      from (select ${skewedIndex(userProfiles)} as u, 1 + floor(random() * ${models.length})::int as m,
                   ${randomInt(20, 4000)} as p, ${randomInt(5, 1500)} as c, ${withinLastDays(historyDays)} as created_at
            from generate_series(1, ${tokenUsage})) t
      order by created_at`,
  },
  {
    table: "prompt_logs",
    sql: `
      insert into prompt_logs (user_id, model, prompt, completion, prompt_tokens, completion_tokens, latency_ms, status,
                               metadata, created_at)
      select ${profiledUser("u")}, ${pickAt(models, "u")}, ${pickAt(prompts, "g")} || ' ' || md5(g::text),
             case when status = 'ok' then 'Here is a draft: ' || md5(g::text || 'c') || ' ' || md5(g::text || 'd') end,
             ${randomInt(20, 4000)}, case when status = 'ok' then ${randomInt(5, 1500)} else 0 end, ${randomInt(150, 9000)},
             status, jsonb_build_object('temperature', round(random()::numeric, 1)), created_at
      from (select g, ${skewedIndex(userProfiles)} as u, ${withinLastDays(historyDays)} as created_at,
                   ${pickRandom([...Array(47).fill("ok"), "error", "error", "filtered"])} as status
            from generate_series(1, ${promptLogs}) g) l
      order by created_at`,
  },
];
