// One bounded autocannon run against a loopback URL: every response's status and time is kept, so
// callers read exact percentiles (autocannon reports p97.5, not p95) and what happened when.
import autocannon from "autocannon";

export type Sample = { at: number; status: number; ms: number };
export type LoadResult = { requests: number; errors: number; timeouts: number; statuses: Record<number, number>; rps: number; p50: number; p95: number; p99: number; samples: Sample[] };

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function runLoad(opts: { url: string; connections: number; seconds: number; cookie?: string }): Promise<LoadResult> {
  const { hostname } = new URL(opts.url);
  if (!["localhost", "127.0.0.1", "[::1]"].includes(hostname)) throw new Error(`load tests target loopback only, not ${hostname}`);
  const samples: Sample[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: opts.url, connections: opts.connections, duration: opts.seconds, timeout: 30, headers: opts.cookie ? { cookie: opts.cookie } : {} },
      (error, result) => {
        if (error) return reject(error);
        const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
        const statuses: Record<number, number> = {};
        for (const s of samples) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
        resolve({
          requests: samples.length,
          errors: result.errors,
          timeouts: result.timeouts,
          statuses,
          rps: samples.length / opts.seconds,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          samples,
        });
      },
    );
    // autocannon emits (client, status, bytes, ms); its typings leave out the client.
    instance.on("response", (...args: unknown[]) => {
      const [status, , ms] = args.slice(-3) as number[];
      samples.push({ at: Date.now(), status, ms });
    });
  });
}
