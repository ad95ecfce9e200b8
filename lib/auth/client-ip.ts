// The client's address, for rate limits, the audit log and Better Auth's session rows. Taken from
// a trusted hop only, never from whatever X-Forwarded-For a client sends:
// - `TRUSTED_PROXY_HOPS` (default 0) = how many reverse proxies in front of the console append to
//   X-Forwarded-For. The client is the address the outermost trusted proxy saw.
// - The socket address comes from the console's server (lib/scripts/serve.ts, what `npm start`
//   and the e2e tests run), which overwrites `x-switchboard-peer` on every request. Next.js 16
//   gives route handlers and server actions no socket address of its own: under a bare
//   `next start` it only fills X-Forwarded-For from the socket when the client sent none, so
//   without our server the rightmost X-Forwarded-For entry is used — spoofable when nothing
//   trusted sits in front (then the per-account sign-in limit is what stops password guessing).
import { isIP } from "node:net";

export const peerHeader = "x-switchboard-peer";
/** Set (to "1") by lib/scripts/serve.ts in its own process: only then is the peer header ours. */
export const peerHeaderEnv = "SWITCHBOARD_PEER_HEADER";

function trustedHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 ? hops : 0;
}

function withoutMappedPrefix(ip: string): string {
  return ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
}

export function clientIp(headers: Headers): string | null {
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((ip) => ip.trim()).filter(Boolean);
  const hops = trustedHops();
  const peer = process.env[peerHeaderEnv] === "1" ? headers.get(peerHeader) : null;
  const chain = peer ? [...forwarded, peer] : forwarded;
  // With our peer address the client is `hops` entries left of it; without, the last entry is the
  // innermost proxy's (or Next's socket fill-in), and the client is `max(hops, 1)` from the end.
  const index = peer ? chain.length - 1 - hops : chain.length - Math.max(hops, 1);
  const ip = chain[Math.max(0, index)];
  return ip && isIP(withoutMappedPrefix(ip)) ? withoutMappedPrefix(ip) : null;
}
