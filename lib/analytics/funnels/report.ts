import "server-only";
// The funnel report in one statement: each visitor's first step-1 event in the range, then for
// each next step the first event of that name after the previous step and within the conversion
// window from step 1 — a recursive walk whose every hop is one index probe on
// idx_event_app_visitor_time (app, visitor, time), so the cost follows the visitors in the
// funnel, not the app's whole event stream.
import { sql } from "drizzle-orm";
import { db } from "@/lib/db/client";
import { FUNNEL_DEFAULT_WINDOW_DAYS } from "@/lib/db/schema/analytics-values";
import { funnelReportSchema, type FunnelStep } from "./schemas";

export type FunnelStepResult = {
  step: number;
  event: string;
  visitors: number;
  /** Of the visitors who reached step 1 (1 for step 1). */
  conversion: number;
  /** Of the visitors who reached the step before (1 for step 1). */
  stepConversion: number;
  /** Visitors who reached the step before but not this one. */
  dropOff: number;
  /** Median time from the step before, in seconds (null for step 1 or when no one got here). */
  medianSeconds: number | null;
};

export async function funnelReport(opts: { appId: string; steps: FunnelStep[]; from: Date; to: Date; windowDays: number }): Promise<FunnelStepResult[]> {
  const names = opts.steps.map((s) => s.event);
  const stepNames = sql`array[${sql.join(names.map((n) => sql`${n}`), sql`, `)}]::text[]`;
  const rows = await db.execute<{ step: number; visitors: number; median_seconds: number | null }>(sql`
    with recursive
    first_step as (
      select anonymous_id, min(occurred_at) as t from events
      where app_id = ${opts.appId} and name = ${names[0]} and anonymous_id is not null
        and occurred_at >= ${opts.from.toISOString()}::timestamptz and occurred_at < ${opts.to.toISOString()}::timestamptz
      group by anonymous_id
    ),
    reach as (
      select anonymous_id, 1 as step, t as t0, t, null::float8 as since_prev from first_step
      union all
      select r.anonymous_id, r.step + 1, r.t0, n.t, extract(epoch from n.t - r.t)::float8
      from reach r
      cross join lateral (
        select min(e.occurred_at) as t from events e
        where e.app_id = ${opts.appId} and e.anonymous_id = r.anonymous_id
          and e.name = (${stepNames})[r.step + 1]
          and e.occurred_at >= r.t and e.occurred_at <= r.t0 + make_interval(days => ${opts.windowDays}::int)
          -- The same event cannot be two consecutive steps of one name.
          and (e.occurred_at > r.t or e.name <> (${stepNames})[r.step])
      ) n
      where r.step < ${names.length}::int and n.t is not null
    )
    select step, count(*)::int as visitors,
           percentile_cont(0.5) within group (order by since_prev) as median_seconds
    from reach group by step order by step`);
  const byStep = new Map(rows.map((r) => [r.step, r]));
  const first = byStep.get(1)?.visitors ?? 0;
  return names.map((event, i) => {
    const visitors = byStep.get(i + 1)?.visitors ?? 0;
    const previous = i === 0 ? visitors : (byStep.get(i)?.visitors ?? 0);
    return {
      step: i + 1,
      event,
      visitors,
      conversion: i === 0 ? 1 : first ? visitors / first : 0,
      stepConversion: i === 0 ? 1 : previous ? visitors / previous : 0,
      dropOff: i === 0 ? 0 : previous - visitors,
      medianSeconds: i === 0 ? null : (byStep.get(i + 1)?.median_seconds ?? null),
    };
  });
}

const DAY = 86_400_000;

/** The report's range from the page URL (from, to: days; window: days); the last 30 days and 7 by default. */
export function funnelRange(query: { from?: string; to?: string; window?: string }, now = Date.now()) {
  const fallback = { from: new Date(now - 30 * DAY), to: new Date(now + DAY), windowDays: FUNNEL_DEFAULT_WINDOW_DAYS };
  const parsed = funnelReportSchema.safeParse({
    from: query.from ?? fallback.from.toISOString().slice(0, 10),
    to: query.to ?? fallback.to.toISOString().slice(0, 10),
    windowDays: query.window ?? fallback.windowDays,
  });
  return parsed.success ? parsed.data : fallback;
}
