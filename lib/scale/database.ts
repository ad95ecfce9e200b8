// The scale database: SCALE_DATABASE_URL if set, otherwise an embedded PostgreSQL of its own in
// .data/scale-pg (port SCALE_PG_PORT, default 54339) — never the dev database in .data/pg.
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { DATA_DIR } from "@/lib/db/local-database";

export type ScaleDatabase = { url: string; embedded: EmbeddedDatabase | null; description: string };

const SCALE_DATA_DIR = path.join(DATA_DIR, "scale-pg");

/**
 * Server settings for millions of rows on this machine, kept in the data folder
 * (postgresql.auto.conf): more buffer cache, and no checkpoint storm during bulk loads.
 */
const serverSettings: Record<string, string> = {
  shared_buffers: "512MB",
  effective_cache_size: "4GB",
  max_wal_size: "8GB",
  checkpoint_timeout: "30min",
};

function client(url: string) {
  return postgres(url, { prepare: false, max: 1, onnotice: () => {} });
}

/** Applies `serverSettings`; true when one of them only takes effect after a restart. */
async function applyServerSettings(url: string): Promise<boolean> {
  const sql = client(url);
  try {
    const current = await sql<{ name: string; setting: string }[]>`
      select name, current_setting(name) as setting from pg_settings where name in ${sql(Object.keys(serverSettings))}`;
    const stale = current.filter((row) => row.setting !== serverSettings[row.name]);
    for (const row of stale) await sql.unsafe(`alter system set ${row.name} = '${serverSettings[row.name]}'`);
    await sql`select pg_reload_conf()`;
    return stale.some((row) => row.name === "shared_buffers");
  } finally {
    await sql.end();
  }
}

async function startEmbedded(port: number) {
  return startEmbeddedPostgres({ dataDir: SCALE_DATA_DIR, port, persistent: true });
}

export async function startScaleDatabase(): Promise<ScaleDatabase> {
  const url = process.env.SCALE_DATABASE_URL;
  if (url) return { url, embedded: null, description: "SCALE_DATABASE_URL" };
  const port = Number(process.env.SCALE_PG_PORT ?? 54339);
  let embedded = await startEmbedded(port);
  if (await applyServerSettings(embedded.url)) {
    await embedded.stop();
    embedded = await startEmbedded(port);
  }
  return { url: embedded.url, embedded, description: `embedded PostgreSQL in .data/scale-pg on port ${port}` };
}
