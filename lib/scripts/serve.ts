// The production server: Next.js's request handler behind Node's own HTTP server, so the console
// learns each request's socket address (Next 16 gives route handlers none). Every request's
// `x-switchboard-peer` header is overwritten with it; lib/auth/client-ip.ts trusts that header
// only in a process this script started. Each request gets an `x-request-id` (the caller's, or a
// new one) and one JSON log line when it ends. Usage: tsx lib/scripts/serve.ts (PORT; all interfaces,
// like `next start`), or `node serve.mjs` inside the standalone output (lib/scripts/package-standalone.ts).
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { peerHeader, peerHeaderEnv } from "@/lib/auth/client-ip";
import { logLine } from "@/lib/observability/log";
import { runWithRequest, type RequestContext } from "@/lib/observability/request-context";
import { requestIdFrom, requestIdHeader } from "@/lib/observability/request-id";

process.env[peerHeaderEnv] = "1";
const port = Number(process.env.PORT ?? 3000);

// The standalone output has no next.config.ts: like Next's own standalone server.js, take the
// config the build recorded.
const builtConfig = path.join(process.env.NEXT_DIST_DIR ?? ".next", "required-server-files.json");
const standalone = !existsSync("next.config.ts") && existsSync(builtConfig);
if (standalone) {
  const { config } = JSON.parse(readFileSync(builtConfig, "utf8"));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  (process.env as Record<string, string>).NODE_ENV = "production";
}
const app = next({ dev: false, port, hostname: "localhost", dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  const started = performance.now();
  const context: RequestContext = { requestId: requestIdFrom(request.headers[requestIdHeader]), staffId: null };
  request.headers[peerHeader] = request.socket.remoteAddress ?? "";
  request.headers[requestIdHeader] = context.requestId;
  response.setHeader(requestIdHeader, context.requestId);
  response.once("close", () => {
    logLine("request", {
      requestId: context.requestId,
      staffId: context.staffId,
      method: request.method,
      // The path only: query strings can carry search terms and tokens.
      path: (request.url ?? "").split("?")[0],
      status: response.statusCode,
      outcome: response.writableFinished ? "sent" : "aborted",
      durationMs: Math.round(performance.now() - started),
    });
  });
  runWithRequest(context, () => void handle(request, response));
});
server.listen(port, () => console.log(`console ready on http://localhost:${port}${standalone ? " (standalone output)" : ""}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
