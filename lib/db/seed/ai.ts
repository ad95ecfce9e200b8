// AI wrapper: user profiles with monthly token budgets, one token_usage row per upstream call
// over the last 90 days, and a prompt log for a share of those calls (plus a few still in flight).
import { promptLogs, tokenUsage, userProfiles, type CallStatus } from "../schema";
import { insertRows } from "./batch";
import type { SeedContext } from "./context";
import { DemoIds } from "./ids";
import { filteredCompletion, filteredPrompt, promptSamples } from "./prompts";
import { daysBefore, latest, Random } from "./random";

const CALL_COUNT = 9_000;
const WINDOW_DAYS = 90;
const LOGGED_CALL_SHARE = 0.3;
const IN_FLIGHT_COUNT = 3;

/** Price per token in micro-cents (= US$ per million tokens × 100). */
const modelPrices: Record<string, { input: number; output: number }> = {
  "gpt-4o": { input: 250, output: 1_000 },
  "gpt-4o-mini": { input: 15, output: 60 },
  "claude-sonnet": { input: 300, output: 1_500 },
  "claude-haiku": { input: 80, output: 400 },
  "gemini-1.5-pro": { input: 125, output: 500 },
  "o3-mini": { input: 110, output: 440 },
};
const models = Object.keys(modelPrices);
const errors = ["rate_limit_exceeded", "upstream_timeout", "context_length_exceeded", "server_error"];

type Profile = { userId: string; defaultModel: string; createdAt: Date; activity: number };

export async function seedAi({ tx, now, users }: SeedContext) {
  const rng = new Random(0xa1a1);
  const profileIds = new DemoIds("userProfile");
  const profiles: Profile[] = [];
  const profileRows = users
    .filter((u, i) => i === 0 || rng.chance(0.6))
    .map((u) => {
      const profile: Profile = {
        userId: u.id,
        defaultModel: rng.weighted([["gpt-4o-mini", 45], ["gpt-4o", 20], ["claude-sonnet", 15], ["claude-haiku", 10], ["gemini-1.5-pro", 5], ["o3-mini", 5]]),
        createdAt: rng.dateBetween(u.createdAt, now),
        activity: rng.logInt(1, 60),
      };
      profiles.push(profile);
      return {
        id: profileIds.next(),
        userId: u.id,
        displayName: rng.chance(0.85) ? u.name : null,
        defaultModel: profile.defaultModel,
        monthlyTokenBudget: rng.pick([100_000, 250_000, 500_000, 1_000_000, 2_000_000, 5_000_000]),
        createdAt: profile.createdAt,
      };
    });

  const usageIds = new DemoIds("tokenUsage");
  const logIds = new DemoIds("promptLog");
  const usageRows: (typeof tokenUsage.$inferInsert)[] = [];
  const logRows: (typeof promptLogs.$inferInsert)[] = [];
  const weightedProfiles = profiles.map((p) => [p, p.activity] as const);
  const windowStart = daysBefore(now, WINDOW_DAYS);

  for (let c = 0; c < CALL_COUNT; c++) {
    const profile = rng.weighted(weightedProfiles);
    const model = rng.chance(0.7) ? profile.defaultModel : rng.pick(models);
    const moment = rng.recentMoment(now, WINDOW_DAYS);
    const fallback = rng.dateBetween(latest(profile.createdAt, windowStart), now);
    const createdAt = moment > profile.createdAt ? moment : fallback;
    const status = rng.weighted<CallStatus>([["ok", 92], ["error", 5], ["filtered", 3]]);
    const promptTokens = rng.logInt(40, 6_000);
    const completionTokens = status === "ok" ? rng.logInt(15, 1_500) : status === "filtered" ? rng.int(20, 60) : 0;
    const price = modelPrices[model];
    usageRows.push({
      id: usageIds.next(),
      userId: profile.userId,
      model,
      promptTokens,
      completionTokens,
      costMicrocents: promptTokens * price.input + completionTokens * price.output,
      createdAt,
    });

    if (!rng.chance(LOGGED_CALL_SHARE)) continue;
    const sample = rng.pick(promptSamples);
    logRows.push({
      id: logIds.next(),
      userId: profile.userId,
      model,
      prompt: status === "filtered" ? filteredPrompt : sample.prompt,
      completion: status === "ok" ? sample.completion : status === "filtered" ? filteredCompletion : null,
      promptTokens,
      completionTokens,
      latencyMs: status === "error" ? rng.int(50, 30_000) : 250 + completionTokens * rng.int(8, 25),
      status,
      metadata:
        status === "error"
          ? { error: rng.pick(errors) }
          : { finish_reason: status === "filtered" ? "content_filter" : "stop", temperature: rng.pick([0, 0.2, 0.7, 1]) },
      createdAt,
    });
  }

  // A few streamed completions still in flight (no completion, no latency yet), from the last minutes.
  for (let i = 0; i < IN_FLIGHT_COUNT; i++) {
    const profile = profiles[i];
    const sample = promptSamples[i % promptSamples.length];
    logRows.push({
      id: logIds.next(),
      userId: profile.userId,
      model: profile.defaultModel,
      prompt: sample.prompt,
      completion: null,
      promptTokens: rng.logInt(40, 2_000),
      completionTokens: 0,
      latencyMs: null,
      status: "ok",
      metadata: { stream: true },
      createdAt: new Date(now.getTime() - (i + 1) * 60_000),
    });
  }

  await insertRows(tx, userProfiles, profileRows);
  await insertRows(tx, tokenUsage, usageRows);
  await insertRows(tx, promptLogs, logRows);
}
