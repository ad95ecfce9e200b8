// A second e2e server for the two-factor spec: its own throwaway database and `next start` with
// STAFF_2FA=required, as a deployment runs (the shared e2e server keeps sign-in one step).
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startEnforcedServer(): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "lib/scripts/e2e-server.ts"], {
    env: { ...process.env, PORT: String(port), STAFF_2FA: "required" },
    stdio: "ignore",
  });
  const baseURL = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the enforced e2e server exited (${child.exitCode})`);
    const ready = await fetch(`${baseURL}/sign-in`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error("the enforced e2e server did not start in 120 s");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { baseURL, stop };
}
