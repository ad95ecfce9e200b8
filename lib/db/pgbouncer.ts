// Debian's PgBouncer (1.18) in transaction mode in front of a database — Neon's pooled endpoint,
// locally. For tests and the CI pass through the pooler. As root it runs as `nobody`.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export const pgbouncerBinary = "/usr/sbin/pgbouncer";

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
}

export async function startPgBouncer(databaseUrl: string, port: number) {
  if (!existsSync(pgbouncerBinary)) throw new Error(`PgBouncer is not installed (${pgbouncerBinary}): apt-get install pgbouncer`);
  const target = new URL(databaseUrl);
  const dir = mkdtempSync(path.join(tmpdir(), "switchboard-pgbouncer-"));
  chmodSync(dir, 0o777);
  const user = decodeURIComponent(target.username);
  writeFileSync(path.join(dir, "users.txt"), `"${user}" "${decodeURIComponent(target.password)}"\n`);
  writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      `* = host=${target.hostname} port=${target.port}`,
      "[pgbouncer]",
      `listen_addr = 127.0.0.1`,
      `listen_port = ${port}`,
      `unix_socket_dir =`,
      `auth_type = trust`,
      `auth_file = ${path.join(dir, "users.txt")}`,
      `pool_mode = transaction`,
      `default_pool_size = 5`,
      `logfile = ${path.join(dir, "pgbouncer.log")}`,
      `pidfile = ${path.join(dir, "pgbouncer.pid")}`,
    ].join("\n"),
  );
  const args = process.getuid?.() === 0 ? ["-u", "nobody", path.join(dir, "pgbouncer.ini")] : [path.join(dir, "pgbouncer.ini")];
  const child = spawn(pgbouncerBinary, args, { stdio: "ignore" });
  for (let i = 0; i < 50 && !(await listening(port)); i++) await new Promise((r) => setTimeout(r, 100));
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return { url: url.toString(), logFile: path.join(dir, "pgbouncer.log"), stop: () => child.kill("SIGTERM") };
}
