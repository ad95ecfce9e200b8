// `npm run bench [-- --build]`: the production server on the scale database (`npm run db:scale`
// first), signed in as admin, every grid page in pages.ts measured in a round with the two floors
// (floors.ts); tables and bench/results/latest.json. Loopback only; bounded by BENCH_BUDGET_S (default 540 s).
import os from "node:os";
import postgres from "postgres";
import { closeDatabase } from "@/lib/db/client";
import { demoLogins } from "@/lib/db/seed/staff";
import { startScaleDatabase } from "@/lib/scale/database";
import { isScaleDataComplete } from "@/lib/scale/load";
import { measurePageBytes } from "./bytes";
import { loadSnapshot, machineLoad } from "./cpu";
import { floorPages } from "./floors";
import { anonymousClient, getPageOk, signIn } from "./http";
import { benchPages } from "./pages";
import { printReport, writeResults } from "./report";
import { measurePage, type BenchSettings, type PageResult } from "./run";
import { ensureBuild, startNextServer } from "./server";

function positiveIntFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const started = performance.now();
const settings: BenchSettings = {
  requestsPerCell: positiveIntFromEnv("BENCH_REQUESTS", 30),
  warmups: 3,
  concurrencies: [1, 4],
  blocks: 3,
  deadline: started + positiveIntFromEnv("BENCH_BUDGET_S", 540) * 1000,
};

const database = await startScaleDatabase();
if (!(await isScaleDataComplete(database.url))) {
  await database.embedded?.stop();
  console.error("The scale database is empty or incomplete: run `npm run db:scale` first.");
  process.exit(1);
}
// The SQL floors call the app's query functions, which use this process's client.
process.env.DATABASE_URL = database.url;
const sql = postgres(database.url, { prepare: false, max: 1, onnotice: () => {} });

let exitCode = 0;
try {
  await ensureBuild(process.argv.includes("--build"));
  const server = await startNextServer(database.url);
  try {
    const admin = demoLogins.find((login) => login.role === "admin")!;
    const client = await signIn(server.baseUrl, admin);
    console.log(
      `benchmarking on ${database.description}; ${settings.requestsPerCell} requests per cell in ${settings.blocks} interleaved blocks, after ${settings.warmups} warm-ups`,
    );
    const floorBytes = [];
    for (const floor of floorPages) {
      const floorClient = floor.signedIn ? client : anonymousClient(server.baseUrl);
      floorBytes.push({ name: floor.name, bytes: await measurePageBytes(floorClient, floor.path, await getPageOk(floorClient, floor.path)) });
    }
    const runStart = loadSnapshot();
    const pages: PageResult[] = [];
    // BENCH_PAGES=/audit,/people/users measures only those pages (for a quick A/B of one change).
    const only = process.env.BENCH_PAGES?.split(",").filter(Boolean);
    for (const page of benchPages.filter((p) => !only || only.includes(p.path))) {
      const result = await measurePage(page, { client, sql, settings, serverPid: server.pid });
      console.log(`  ${page.path}: ${result.skipped ?? "measured"}`);
      pages.push(result);
    }
    const load = machineLoad(runStart, loadSnapshot());
    printReport({ pages, concurrencies: settings.concurrencies, floorBytes, load });
    const file = writeResults({
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, load },
      settings: { ...settings, deadline: undefined },
      seconds: Math.round((performance.now() - started) / 1000),
      floorBytes,
      pages,
    });
    console.log(`\nwritten to ${file} in ${Math.round((performance.now() - started) / 1000)} s`);
    if (pages.some((p) => p.variants.some((v) => v.error))) exitCode = 1;
  } finally {
    await server.stop();
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await sql.end();
  await closeDatabase();
  await database.embedded?.stop();
}
process.exit(exitCode);
