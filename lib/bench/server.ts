// The production server under test: `next start` (building first when there is no build) on
// 127.0.0.1, pointed at the scale database.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort } from "@/lib/db/embedded";

const NEXT_BIN = "node_modules/next/dist/bin/next";
const READY_TIMEOUT_MS = 60_000;
const BUILD_TIMEOUT_MS = 300_000;

/** `pid` is the `next start` process, whose CPU counters the bench reads. */
export type NextServer = { baseUrl: string; pid: number; stop: () => Promise<void> };

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`next did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** The build folder: NEXT_DIST_DIR (as next.config.ts reads it) or .next. */
const distDir = process.env.NEXT_DIST_DIR ?? ".next";

/** Runs `next build` when forced or when the build folder holds no production build. */
export async function ensureBuild(force: boolean): Promise<void> {
  if (!force && existsSync(path.join(process.cwd(), distDir, "BUILD_ID"))) return;
  console.log(`building (next build into ${distDir})…`);
  const child = spawn(process.execPath, [NEXT_BIN, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const code = await waitForExit(child, BUILD_TIMEOUT_MS);
  if (code !== 0) throw new Error(`next build exited with ${code}`);
}

async function waitUntilServing(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/sign-in`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start was not serving within ${READY_TIMEOUT_MS / 1000} s`);
}

export async function startNextServer(databaseUrl: string): Promise<NextServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  // BENCH_NODE_FLAGS: node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const nodeFlags = process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeFlags, NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64"),
      BETTER_AUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  // Keep the last lines: shown if the server fails to come up.
  const remember = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    output.splice(0, Math.max(0, output.length - 20));
  };
  child.stdout?.on("data", remember);
  child.stderr?.on("data", remember);

  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    const exited = waitForExit(child, 5_000).catch(() => child.kill("SIGKILL"));
    await exited;
  };
  try {
    await waitUntilServing(baseUrl, child);
  } catch (error) {
    await stop();
    console.error(output.join("\n"));
    throw error;
  }
  return { baseUrl, pid: child.pid!, stop };
}
