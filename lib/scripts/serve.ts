// The production server: Next.js's request handler behind Node's own HTTP server, so the console
// learns each request's socket address (Next 16 gives route handlers none). Every request's
// `x-switchboard-peer` header is overwritten with it; lib/auth/client-ip.ts trusts that header
// only in a process this script started. Usage: tsx lib/scripts/serve.ts (PORT; all interfaces, like `next start`).
import { createServer } from "node:http";
import next from "next";
import { peerHeader, peerHeaderEnv } from "@/lib/auth/client-ip";

process.env[peerHeaderEnv] = "1";
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, port, hostname: "localhost" });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  request.headers[peerHeader] = request.socket.remoteAddress ?? "";
  void handle(request, response);
});
server.listen(port, () => console.log(`console ready on http://localhost:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
