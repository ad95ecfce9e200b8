import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Route handlers and actions run here outside Next: give them a request scope of our own.
      "next/headers": path.resolve(import.meta.dirname, "lib/test/next-headers.ts"),
      "next/cache": path.resolve(import.meta.dirname, "lib/test/next-cache.ts"),
      "server-only": path.resolve(import.meta.dirname, "lib/test/empty.ts"),
    },
  },
  test: {
    include: ["{app,lib,components}/**/*.test.{ts,tsx}"],
    globalSetup: ["lib/test/global-setup.ts"],
    setupFiles: ["lib/test/setup.ts"],
    // One throwaway database is shared: run files one after another so tests never race on rows.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
