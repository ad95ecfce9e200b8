// `npm run bench [-- --build]`: the production server on the scale database (`npm run db:scale`
// first), signed in as admin, every grid page in pages.ts measured; a table and
// bench/results/latest.json. Loopback only; bounded by BENCH_BUDGET_S (default 540 s).
import os from "node:os";
import postgres from "postgres";
import { closeDatabase } from "@/lib/db/client";
import { demoLogins } from "@/lib/db/seed/staff";
import { startScaleDatabase } from "@/lib/scale/database";
import { isScaleDataComplete } from "@/lib/scale/load";
import { signIn } from "./http";
import { benchPages } from "./pages";
import { printTable, writeResults } from "./report";
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
    console.log(`benchmarking on ${database.description}; ${settings.requestsPerCell} requests per cell after ${settings.warmups} warm-ups`);
    const pages: PageResult[] = [];
    for (const page of benchPages) {
      const result = await measurePage(page, { client, sql, settings });
      console.log(`  ${page.path}: ${result.skipped ?? "measured"}`);
      pages.push(result);
    }
    printTable(pages, settings.concurrencies);
    const file = writeResults({
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version },
      settings: { ...settings, deadline: undefined },
      seconds: Math.round((performance.now() - started) / 1000),
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
