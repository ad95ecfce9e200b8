// The bench's output: a table on stdout and bench/results/latest.json (git-ignored).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PageResult } from "./run";

const RESULTS_FILE = path.join(process.cwd(), "bench", "results", "latest.json");

function ms(value: number | undefined | null): string {
  return value === undefined || value === null ? "—" : value.toFixed(1);
}

function kilobytes(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

export function printTable(pages: PageResult[], concurrencies: number[]) {
  const header = ["page", "variant", ...concurrencies.flatMap((c) => [`p50 @${c}`, `p95 @${c}`]), "SQL ms", "JS KB gz"];
  const rows: string[][] = [];
  for (const page of pages) {
    if (page.skipped) {
      rows.push([page.path, `skipped: ${page.skipped}`]);
      continue;
    }
    for (const variant of page.variants) {
      const cells = concurrencies.flatMap((c) => {
        const cell = variant.cells.find((x) => x.concurrency === c);
        return [ms(cell?.p50), ms(cell?.p95)];
      });
      const js = page.javascript ? kilobytes(page.javascript.gzipBytes) : "—";
      rows.push([page.path, variant.name, ...cells, ms(variant.sqlMs), js, variant.error ? `error: ${variant.error}` : ""]);
    }
  }
  const widths = header.map((_, i) => Math.max(header[i].length, ...rows.filter((r) => r.length > 2).map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ").trimEnd();
  console.log(`\n${line(header)}`);
  for (const row of rows) console.log(row.length > 2 ? line(row) : row.join("  "));
}

export function writeResults(report: object): string {
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  return path.relative(process.cwd(), RESULTS_FILE);
}
