// Latency cells: requests spread over N concurrent workers, then percentiles.

export type LatencyCell = {
  concurrency: number;
  requests: number;
  p50: number;
  p95: number;
  /** The server's CPU time (user + system, all its processes) over the cell's requests, per request. */
  cpuMsPerRequest: number;
};

/** Nearest-rank percentile of `samples` (ms), rounded to 0.1 ms. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return Math.round(sorted[rank - 1] * 10) / 10;
}

/** Runs `task` `requests` times with `concurrency` in flight; returns each run's duration (ms). */
export async function timeConcurrently(task: () => Promise<void>, requests: number, concurrency: number): Promise<number[]> {
  const durations: number[] = [];
  let issued = 0;
  async function worker() {
    while (issued < requests) {
      issued += 1;
      const started = performance.now();
      await task();
      durations.push(performance.now() - started);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return durations;
}

/** `total` split into `parts` near-equal whole numbers (the first ones take the remainder). */
export function splitEvenly(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}
