// The bench's output: tables on stdout and bench/results/latest.json (git-ignored).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PageBytes } from "./bytes";
import type { MachineLoad } from "./cpu";
import { emptyConsoleFloor } from "./floors";
import type { PageResult, TargetResult } from "./run";

const RESULTS_FILE = path.join(process.cwd(), "bench", "results", "latest.json");

/** The targets of issue #10, each grid page against the empty console page of its own round. */
export const targets = { latencyRatio: 1.5, cpuRatio: 1.5, htmlKb: 50, javascriptKbGzip: 180 };

function ms(value: number | undefined | null): string {
  return value === undefined || value === null ? "—" : value.toFixed(1);
}

function kb(bytes: number | undefined): string {
  return bytes === undefined ? "—" : (bytes / 1024).toFixed(1);
}

function ratio(value: number | undefined | null, floor: number | undefined | null): number | null {
  return value === undefined || value === null || !floor ? null : value / floor;
}

function times(value: number | null): string {
  return value === null ? "—" : value.toFixed(2);
}

function percent(share: number | undefined): string {
  return share === undefined ? "—" : (share * 100).toFixed(0);
}

function printAligned(header: string[], rows: string[][], textColumns: number) {
  const widths = header.map((_, i) => Math.max(header[i].length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < textColumns ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ").trimEnd();
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

const emptyFloorOf = (page: PageResult) => page.floors.find((f) => f.name === emptyConsoleFloor.name);

type Ratios = { p50: (number | null)[]; cpu: number | null };

function ratiosToEmpty(target: TargetResult, page: PageResult, concurrencies: number[]): Ratios {
  const empty = emptyFloorOf(page);
  const p50 = (t: TargetResult | undefined, c: number) => t?.cells.find((x) => x.concurrency === c)?.p50;
  return { p50: concurrencies.map((c) => ratio(p50(target, c), p50(empty, c))), cpu: ratio(target.cpuMsPerRequest, empty?.cpuMsPerRequest) };
}

function printLatency(pages: PageResult[], concurrencies: number[]) {
  console.log("\nLatency (ms) and server CPU per request; ×E = ratio to the empty console page measured in the same round");
  const header = ["page", "variant", ...concurrencies.flatMap((c) => [`p50 @${c}`, "×E", `p95 @${c}`]), "CPU ms", "×E", "SQL ms"];
  const rows: string[][] = [];
  for (const page of pages) {
    if (page.skipped) {
      rows.push([page.path, `skipped: ${page.skipped}`]);
      continue;
    }
    const targetRows = [...page.floors.map((f) => ({ target: f, label: `(${f.name})`, sqlMs: null as number | null })), ...page.variants.map((v) => ({ target: v, label: v.name, sqlMs: v.sqlMs }))];
    for (const { target, label, sqlMs } of targetRows) {
      const r = ratiosToEmpty(target, page, concurrencies);
      const cells = concurrencies.flatMap((c, i) => {
        const cell = target.cells.find((x) => x.concurrency === c);
        return [ms(cell?.p50), times(r.p50[i]), ms(cell?.p95)];
      });
      rows.push([page.path, label, ...cells, ms(target.cpuMsPerRequest), times(r.cpu), ms(sqlMs), target.error ? `error: ${target.error}` : ""]);
    }
  }
  printAligned(header, rows, 2);
}

function bytesCells(bytes: PageBytes | undefined): string[] {
  return [kb(bytes?.html), kb(bytes?.htmlGzip), kb(bytes?.htmlInlineRsc), kb(bytes?.htmlClassAttributes), kb(bytes?.rsc), kb(bytes?.rscGzip)];
}

function printBytes(pages: PageResult[], floorBytes: { name: string; bytes: PageBytes }[]) {
  console.log("\nBytes per page (KB; grids: the first variant, 25 rows) and the machine during each page's round");
  const header = ["page", "HTML", "HTML gz", "of it RSC", "of it class", "RSC nav", "RSC gz", "JS gz", "idle %", "others %"];
  const rows = [
    ...floorBytes.map((f) => [`(${f.name})`, ...bytesCells(f.bytes), "—", "—", "—"]),
    ...pages.filter((p) => !p.skipped).map((p) => [p.path, ...bytesCells(p.bytes), kb(p.javascript?.gzipBytes), percent(p.load?.idleShare), percent(p.load?.otherShare)]),
  ];
  printAligned(header, rows, 1);
}

function verdict(met: boolean) {
  return met ? "met" : "NOT met";
}

function printTargets(pages: PageResult[], concurrencies: number[], load: MachineLoad) {
  console.log("\nTargets (issue #10), worst grid page of this run:");
  const measured = pages.filter((p) => !p.skipped);
  const worst = (values: { value: number | null; where: string }[]) =>
    values.filter((v): v is { value: number; where: string } => v.value !== null).sort((a, b) => b.value - a.value)[0];
  for (const [i, c] of concurrencies.entries()) {
    const w = worst(measured.flatMap((p) => p.variants.map((v) => ({ value: ratiosToEmpty(v, p, concurrencies).p50[i], where: `${p.path} ${v.name}` }))));
    if (w) console.log(`  p50 @${c} ≤ ${targets.latencyRatio}× empty console: ${w.value.toFixed(2)}× (${w.where}) — ${verdict(w.value <= targets.latencyRatio)}`);
  }
  const cpu = worst(measured.flatMap((p) => p.variants.map((v) => ({ value: ratiosToEmpty(v, p, concurrencies).cpu, where: `${p.path} ${v.name}` }))));
  if (cpu) console.log(`  CPU/request ≤ ${targets.cpuRatio}× empty console: ${cpu.value.toFixed(2)}× (${cpu.where}) — ${verdict(cpu.value <= targets.cpuRatio)}`);
  const html = worst(measured.map((p) => ({ value: p.bytes ? p.bytes.html / 1024 : null, where: p.path })));
  if (html) console.log(`  HTML (with its inline RSC) ≤ ${targets.htmlKb} KB: ${html.value.toFixed(1)} KB (${html.where}) — ${verdict(html.value <= targets.htmlKb)}`);
  const js = worst(measured.map((p) => ({ value: p.javascript ? p.javascript.gzipBytes / 1024 : null, where: p.path })));
  if (js) console.log(`  JavaScript ≤ ${targets.javascriptKbGzip} KB gzip: ${js.value.toFixed(1)} KB (${js.where}) — ${verdict(js.value <= targets.javascriptKbGzip)}`);
  console.log(`  machine over the whole run: ${percent(load.idleShare)} % idle, ${percent(load.otherShare)} % taken by processes outside the bench`);
}

export function printReport(report: { pages: PageResult[]; concurrencies: number[]; floorBytes: { name: string; bytes: PageBytes }[]; load: MachineLoad }) {
  printLatency(report.pages, report.concurrencies);
  printBytes(report.pages, report.floorBytes);
  printTargets(report.pages, report.concurrencies, report.load);
}

export function writeResults(report: object): string {
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  return path.relative(process.cwd(), RESULTS_FILE);
}
