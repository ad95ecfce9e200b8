// The only Better Auth endpoints reachable over HTTP: what the console's browser needs. Every
// other endpoint (the admin plugin's, update-user, change-password, …) answers 404 from the
// console's own route before Better Auth sees it; staff operations go through defineAction.
const BASE = "/api/auth";

/** The header Better Auth reads the client address from; the console's route sets it (lib/auth/client-ip.ts). */
export const clientIpHeader = "x-switchboard-client-ip";

/** "METHOD /path" under /api/auth. Two-factor sign-in adds its paths here. */
export const allowedAuthEndpoints = new Set([
  "POST /sign-in/email",
  "POST /sign-out",
  "GET /get-session",
  // two-factor (later): "POST /two-factor/verify-totp", …
]);

/**
 * The path as a router might read it: percent-decoded until stable, lower-cased, backslashes as
 * slashes, repeated slashes collapsed, "." and ".." resolved, no trailing slash.
 */
export function canonicalPath(rawPath: string): string {
  let path = rawPath;
  for (let i = 0; i < 5; i++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      break;
    }
    if (decoded === path) break;
    path = decoded;
  }
  const segments: string[] = [];
  for (const segment of path.toLowerCase().replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return "/" + segments.join("/");
}

/**
 * True only for an allowed endpoint spelled exactly as the browser spells it: a variant that
 * normalises to an allowed path is refused too, so Better Auth's router never has to agree with us.
 */
export function isAllowedAuthRequest(method: string, url: string): boolean {
  const raw = new URL(url).pathname;
  if (!raw.startsWith(BASE + "/")) return false;
  const rest = raw.slice(BASE.length);
  if (canonicalPath(rest) !== rest) return false;
  return allowedAuthEndpoints.has(`${method.toUpperCase()} ${rest}`);
}
