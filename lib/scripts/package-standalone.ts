// After `next build` (output: "standalone"): completes .next/standalone into the artifact that ships
// and that the e2e tests serve — static assets copied in as Next documents, the drizzle/ migrations,
// and two entry points bundled from lib/scripts: serve.mjs (the console's server) and migrate.mjs
// (the migration step). `next` stays external: the standalone folder's traced node_modules has it.
import { build } from "esbuild";
import { cpSync, existsSync } from "node:fs";
import path from "node:path";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const out = path.join(distDir, "standalone");
if (!existsSync(path.join(out, "server.js"))) throw new Error(`${out}/server.js is missing: run next build first`);

cpSync(path.join(distDir, "static"), path.join(out, distDir, "static"), { recursive: true });
if (existsSync("public")) cpSync("public", path.join(out, "public"), { recursive: true });
cpSync("drizzle", path.join(out, "drizzle"), { recursive: true });

const entries = { serve: "lib/scripts/serve.ts", migrate: "lib/scripts/migrate-deployed.ts" };
for (const [name, entry] of Object.entries(entries)) {
  await build({
    entryPoints: [entry],
    outfile: path.join(out, `${name}.mjs`),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["next"],
    alias: { "@": "." },
    // Bundled CommonJS (postgres-js) needs a require of its own in an ES module.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: "warning",
  });
}
console.log(`standalone output ready in ${out} (serve.mjs, migrate.mjs)`);
