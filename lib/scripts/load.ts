// `npm run load` (after `npm run build`): the standalone server on loopback against a fresh seeded
// database, signed in as admin with a real session cookie; a grid page, the overview and a CSV
// export at 4, 16 and 64 connections for 20 s each (LOAD_SECONDS to change). Prints p50/p95/p99,
// throughput and every status; exits non-zero on any 5xx, error or timeout.
import { loadavg } from "node:os";
import { runLoad } from "@/lib/load/run";
import { demoLogins } from "@/lib/db/seed/staff";
import { startProductionStack } from "./production-stack";

const seconds = Number(process.env.LOAD_SECONDS ?? 20);
const targets = [
  { name: "grid /people/users", path: "/people/users" },
  { name: "overview /", path: "/" },
  { name: "export /api/export/users", path: "/api/export/users" },
];
const connections = [4, 16, 64];

const stack = await startProductionStack({ port: Number(process.env.PORT ?? 3200), env: { DB_POOL_MAX: process.env.DB_POOL_MAX ?? "10" } });
let failed = false;
try {
  const admin = demoLogins.find((l) => l.role === "admin")!;
  const cookie = await stack.signIn(admin.email, admin.password);
  const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`load average before: ${load()}`);
  console.log("target                      conns   requests   req/s    p50 ms   p95 ms   p99 ms  statuses  errors");
  for (const target of targets) {
    for (const c of connections) {
      const r = await runLoad({ url: stack.baseUrl + target.path, connections: c, seconds, cookie });
      const statuses = Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(" ");
      console.log(
        `${target.name.padEnd(27)} ${String(c).padStart(5)} ${String(r.requests).padStart(10)} ${r.rps.toFixed(1).padStart(7)} ${r.p50.toFixed(0).padStart(9)} ${r.p95.toFixed(0).padStart(8)} ${r.p99.toFixed(0).padStart(8)}  ${statuses}  ${r.errors} (timeouts ${r.timeouts})   load ${load()}`,
      );
      if (r.errors > 0 || Object.keys(r.statuses).some((s) => Number(s) !== 200)) failed = true;
    }
  }
} finally {
  await stack.stop();
}
if (failed) {
  console.error("FAILED: a response other than 200, or a connection error");
  process.exit(1);
}
