// Runs the generators in dependency order on one connection tuned for bulk loading, then
// ANALYZE. A comment on the database marks a complete load, so a re-run can skip it.
import postgres from "postgres";
import { aiSteps } from "./steps/ai";
import { analyticsSteps } from "./steps/analytics";
import { auditSteps } from "./steps/audit";
import { crmSteps } from "./steps/crm";
import { lmsSteps } from "./steps/lms";
import { peopleSteps } from "./steps/people";
import { saasSteps } from "./steps/saas";
import type { ScaleStep } from "./step";

const COMPLETE_MARKER = "switchboard scale data: complete";

export const scaleSteps: ScaleStep[] = [
  ...peopleSteps,
  ...lmsSteps,
  ...saasSteps,
  ...analyticsSteps,
  ...aiSteps,
  ...crmSteps,
  ...auditSteps,
];

// Session settings for this connection only: the load may lose its last commits in a crash
// (it is rerun from scratch then), and index builds/sorts get memory.
const bulkLoadSettings = `
  set synchronous_commit = off;
  set maintenance_work_mem = '1GB';
  set work_mem = '256MB';`;

export type TableTiming = { table: string; rows: number; seconds: number };

function connect(url: string) {
  return postgres(url, { prepare: false, max: 1, onnotice: () => {}, idle_timeout: 5 });
}

export async function isScaleDataComplete(url: string): Promise<boolean> {
  const sql = connect(url);
  try {
    const [row] = await sql<{ comment: string | null }[]>`
      select shobj_description(oid, 'pg_database') as comment from pg_database where datname = current_database()`;
    return row.comment?.startsWith(COMPLETE_MARKER) ?? false;
  } finally {
    await sql.end();
  }
}

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 100) / 10;
}

/**
 * Empties one table and runs its steps again (a step that grew, on data loaded before it did).
 * For tables nothing else references, e.g. console_webhook_deliveries.
 */
export async function refillScaleTable(url: string, table: string): Promise<number> {
  const steps = scaleSteps.filter((step) => step.table === table);
  if (steps.length === 0) throw new Error(`no scale step fills ${table}`);
  const sql = connect(url);
  try {
    await sql.unsafe(bulkLoadSettings);
    await sql.unsafe(`delete from "${table}"`);
    for (const step of steps) await sql.unsafe(step.sql);
    await sql.unsafe(`analyze "${table}"`);
    const [{ rows }] = await sql.unsafe<{ rows: number }[]>(`select count(*)::int as rows from "${table}"`);
    return rows;
  } finally {
    await sql.end();
  }
}

/** Fills every table; prints a line per table as it finishes. */
export async function loadScaleData(url: string): Promise<TableTiming[]> {
  const sql = connect(url);
  const timings: TableTiming[] = [];
  try {
    await sql.unsafe(bulkLoadSettings);
    for (const step of scaleSteps) {
      const started = performance.now();
      await sql.unsafe(step.sql);
      const [{ rows }] = await sql.unsafe<{ rows: number }[]>(`select count(*)::int as rows from "${step.table}"`);
      const timing = { table: step.table, rows, seconds: seconds(started) };
      timings.push(timing);
      console.log(`  ${timing.table.padEnd(16)} ${String(timing.rows).padStart(9)} rows  ${timing.seconds.toFixed(1).padStart(6)} s`);
    }
    const analyzeStarted = performance.now();
    await sql`analyze`;
    timings.push({ table: "(analyze)", rows: 0, seconds: seconds(analyzeStarted) });
    console.log(`  ${"(analyze)".padEnd(16)} ${"".padStart(9)}       ${seconds(analyzeStarted).toFixed(1).padStart(6)} s`);
    const marker = `${COMPLETE_MARKER} ${new Date().toISOString()}`;
    await sql.unsafe(`do $$ begin execute format('comment on database %I is %L', current_database(), '${marker}'); end $$`);
    return timings;
  } finally {
    await sql.end();
  }
}
