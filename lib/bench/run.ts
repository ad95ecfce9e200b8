// Measures one grid page in a round of its own: its JavaScript and bytes once; then, at each
// concurrency, blocks of requests that cycle through the two floors and the page's URL variants,
// so that whatever else the machine is doing falls on all of them alike; the server's CPU per
// request over those blocks; the machine's load over the round; the SQL floor of each variant.
import type { Sql } from "postgres";
import { measurePageBytes, type PageBytes } from "./bytes";
import { loadSnapshot, machineLoad, processTreeCpuMs, type MachineLoad } from "./cpu";
import { floorPages } from "./floors";
import { anonymousClient, getPage, getPageOk, type BenchClient } from "./http";
import { measurePageJavaScript, type PageJavaScript } from "./javascript";
import type { BenchPage, BenchVariant } from "./pages";
import { percentile, splitEvenly, timeConcurrently, type LatencyCell } from "./stats";

export type BenchSettings = {
  requestsPerCell: number;
  warmups: number;
  concurrencies: number[];
  /** Each cell's requests are split into this many blocks, interleaved with the other targets' blocks. */
  blocks: number;
  deadline: number;
};

/** One URL measured in a round: a floor or a grid variant. */
export type TargetResult = {
  name: string;
  url: string;
  cells: LatencyCell[];
  /** Server CPU ms per request over all of this target's cells. */
  cpuMsPerRequest: number | null;
  error?: string;
};

export type VariantResult = TargetResult & {
  /** Median ms of the page's own grid query, run directly; null when none is registered. */
  sqlMs: number | null;
};

export type PageResult = {
  path: string;
  skipped?: string;
  javascript?: PageJavaScript;
  /** The first variant's page (25 rows). */
  bytes?: PageBytes;
  /** The floors as measured in this page's round. */
  floors: TargetResult[];
  variants: VariantResult[];
  /** The machine over this page's round. */
  load?: MachineLoad;
};

export type BenchContext = { client: BenchClient; sql: Sql; settings: BenchSettings; serverPid: number };

type Target = { name: string; url: string; client: BenchClient };

function outOfTime(settings: BenchSettings): boolean {
  return performance.now() > settings.deadline;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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

/** Every target's cells, measured block by block in turn; the server's CPU counted per block. */
async function measureInterleaved(targets: Target[], { settings, serverPid }: BenchContext): Promise<TargetResult[]> {
  const results: TargetResult[] = targets.map((t) => ({ name: t.name, url: t.url, cells: [], cpuMsPerRequest: null }));
  const load = (target: Target) => async () => {
    await getPageOk(target.client, target.url);
  };
  for (const [i, target] of targets.entries()) {
    try {
      for (let w = 0; w < settings.warmups; w++) await load(target)();
    } catch (error) {
      results[i].error = errorMessage(error);
    }
  }
  for (const concurrency of settings.concurrencies) {
    const samples = targets.map((): number[] => []);
    const cpuMs = targets.map(() => 0);
    for (const blockSize of splitEvenly(settings.requestsPerCell, settings.blocks)) {
      if (outOfTime(settings)) throw new Error("time budget spent");
      for (const [i, target] of targets.entries()) {
        if (results[i].error) continue;
        const before = processTreeCpuMs(serverPid);
        try {
          samples[i].push(...(await timeConcurrently(load(target), blockSize, concurrency)));
        } catch (error) {
          results[i].error = errorMessage(error);
          continue;
        }
        cpuMs[i] += processTreeCpuMs(serverPid) - before;
      }
    }
    for (const [i, result] of results.entries()) {
      if (result.error) continue;
      const n = samples[i].length;
      result.cells.push({ concurrency, requests: n, p50: percentile(samples[i], 0.5), p95: percentile(samples[i], 0.95), cpuMsPerRequest: cpuMs[i] / n });
    }
  }
  for (const result of results) {
    const requests = result.cells.reduce((sum, cell) => sum + cell.requests, 0);
    const cpu = result.cells.reduce((sum, cell) => sum + cell.cpuMsPerRequest * cell.requests, 0);
    result.cpuMsPerRequest = requests > 0 ? cpu / requests : null;
  }
  return results;
}

export async function measurePage(page: BenchPage, context: BenchContext): Promise<PageResult> {
  const { client, sql, settings } = context;
  const base: PageResult = { path: page.path, floors: [], variants: [] };
  if (outOfTime(settings)) return { ...base, skipped: "time budget spent" };
  const probe = await getPage(client, page.path);
  if (probe.status === 404) return { ...base, skipped: "404 (not built yet)" };
  if (probe.status !== 200) return { ...base, skipped: `HTTP ${probe.status}${probe.location ? ` → ${probe.location}` : ""}` };
  const javascript = await measurePageJavaScript(client, probe.body);

  const queries: (string | Error)[] = [];
  for (const variant of page.variants) queries.push(await resolveQuery(variant, sql).catch((error: unknown) => new Error(errorMessage(error))));
  const firstQuery = queries.find((q): q is string => typeof q === "string") ?? "";
  const firstUrl = `${page.path}${firstQuery}`;
  const bytes = await measurePageBytes(client, firstUrl, await getPageOk(client, firstUrl));

  const anonymous = anonymousClient(client.baseUrl);
  const floorTargets = floorPages.map((f) => ({ name: f.name, url: f.path, client: f.signedIn ? client : anonymous }));
  const variantTargets = page.variants.flatMap((v, i) => {
    const query = queries[i];
    return typeof query === "string" ? [{ name: v.name, url: `${page.path}${query}`, client }] : [];
  });

  const start = loadSnapshot();
  let measured: TargetResult[];
  try {
    measured = await measureInterleaved([...floorTargets, ...variantTargets], context);
  } catch (error) {
    return { ...base, javascript, bytes, skipped: errorMessage(error) };
  }
  const load = machineLoad(start, loadSnapshot());

  // The measured variants come in page.variants order, without those whose query failed.
  const measuredVariants = measured.slice(floorTargets.length);
  const variants: VariantResult[] = [];
  for (const [i, variant] of page.variants.entries()) {
    const query = queries[i];
    if (query instanceof Error) {
      variants.push({ name: variant.name, url: page.path, cells: [], cpuMsPerRequest: null, sqlMs: null, error: query.message });
      continue;
    }
    const result = measuredVariants.shift()!;
    let sqlMs: number | null = null;
    try {
      sqlMs = await measureSqlFloor(page, query, settings);
    } catch (error) {
      result.error ??= errorMessage(error);
    }
    variants.push({ ...result, sqlMs });
  }
  return { path: page.path, javascript, bytes, floors: measured.slice(0, floorTargets.length), variants, load };
}
