// Latency cells: a fixed number of requests spread over N concurrent workers, then percentiles.

export type LatencyCell = { concurrency: number; requests: number; p50: number; p95: number };

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

export async function measureCell(
  task: () => Promise<void>,
  opts: { requests: number; concurrency: number },
): Promise<LatencyCell> {
  const durations = await timeConcurrently(task, opts.requests, opts.concurrency);
  return { ...opts, p50: percentile(durations, 0.5), p95: percentile(durations, 0.95) };
}
