// Measures one grid page: its JavaScript once, then per URL variant the HTML latency at each
// concurrency and the SQL floor. Stops starting new cells once the time budget is spent.
import type { Sql } from "postgres";
import { getPage, getPageOk, type BenchClient } from "./http";
import { measurePageJavaScript, type PageJavaScript } from "./javascript";
import type { BenchPage, BenchVariant } from "./pages";
import { measureCell, percentile, timeConcurrently, type LatencyCell } from "./stats";

export type BenchSettings = { requestsPerCell: number; warmups: number; concurrencies: number[]; deadline: number };

export type VariantResult = {
  name: string;
  url: string;
  cells: LatencyCell[];
  /** Median ms of the page's own grid query, run directly; null when none is registered. */
  sqlMs: number | null;
  error?: string;
};

export type PageResult = { path: string; skipped?: string; javascript?: PageJavaScript; variants: VariantResult[] };

type Context = { client: BenchClient; sql: Sql; settings: BenchSettings };

function outOfTime(settings: BenchSettings): boolean {
  return performance.now() > settings.deadline;
}

async function resolveQuery(variant: BenchVariant, sql: Sql): Promise<string> {
  return typeof variant.query === "string" ? variant.query : variant.query(sql);
}

async function measureSqlFloor(page: BenchPage, query: string, settings: BenchSettings): Promise<number | null> {
  const sqlFloor = page.sqlFloor;
  if (!sqlFloor) return null;
  const run = async () => {
    await sqlFloor(new URLSearchParams(query));
  };
  for (let i = 0; i < settings.warmups; i++) await run();
  return percentile(await timeConcurrently(run, settings.requestsPerCell, 1), 0.5);
}

async function measureVariant(page: BenchPage, variant: BenchVariant, { client, sql, settings }: Context): Promise<VariantResult> {
  const result: VariantResult = { name: variant.name, url: page.path, cells: [], sqlMs: null };
  try {
    const query = await resolveQuery(variant, sql);
    result.url = `${page.path}${query}`;
    const load = async () => {
      await getPageOk(client, result.url);
    };
    for (let i = 0; i < settings.warmups; i++) await load();
    for (const concurrency of settings.concurrencies) {
      if (outOfTime(settings)) throw new Error("time budget spent");
      result.cells.push(await measureCell(load, { requests: settings.requestsPerCell, concurrency }));
    }
    result.sqlMs = await measureSqlFloor(page, query, settings);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  }
  return result;
}

export async function measurePage(page: BenchPage, context: Context): Promise<PageResult> {
  if (outOfTime(context.settings)) return { path: page.path, skipped: "time budget spent", variants: [] };
  const probe = await getPage(context.client, page.path);
  if (probe.status === 404) return { path: page.path, skipped: "404 (not built yet)", variants: [] };
  if (probe.status !== 200) {
    return { path: page.path, skipped: `HTTP ${probe.status}${probe.location ? ` → ${probe.location}` : ""}`, variants: [] };
  }
  const javascript = await measurePageJavaScript(context.client, probe.body);
  const variants: VariantResult[] = [];
  for (const variant of page.variants) variants.push(await measureVariant(page, variant, context));
  return { path: page.path, javascript, variants };
}
