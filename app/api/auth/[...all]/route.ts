import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { clientIpHeader, isAllowedAuthRequest, secondFactorPaths, withoutSessionCookies } from "@/lib/auth/http-surface";
import { admitSignIn, recordFailedSignIn } from "@/lib/auth/sign-in-limits";
import { answeringOutages } from "@/lib/http/database-outage";

const betterAuth = toNextJsHandler(auth);

function notFound(): Response {
  return Response.json({ error: "Not found" }, { status: 404 });
}

/** The request as Better Auth sees it: the client address resolved by us, never a client's claim. */
function withClientIp(request: Request, ip: string | null, body?: string): Request {
  const headers = new Headers(request.headers);
  headers.delete(clientIpHeader);
  if (ip) headers.set(clientIpHeader, ip);
  // A code over HTTP only completes a pending sign-in; with a session it would be an unaudited fresh check.
  if (secondFactorPaths.has(new URL(request.url).pathname.slice("/api/auth".length))) {
    headers.set("cookie", withoutSessionCookies(headers.get("cookie") ?? ""));
  }
  return new Request(request.url, { method: request.method, headers, body });
}

function emailOf(body: string): string {
  try {
    const email: unknown = JSON.parse(body)?.email;
    return typeof email === "string" ? email : "";
  } catch {
    return "";
  }
}

async function signInEmail(request: Request, ip: string | null, body: string): Promise<Response> {
  const email = emailOf(body);
  const refusal = await admitSignIn(ip, email);
  if (refusal) return Response.json({ code: "TOO_MANY_REQUESTS", message: refusal.message }, { status: refusal.status });
  const response = await betterAuth.POST(withClientIp(request, ip, body));
  if (response.status === 401) await recordFailedSignIn(email);
  return response;
}

// Only the allow-listed endpoints reach Better Auth (see lib/auth/http-surface.ts).
export const GET = answeringOutages(async (request: Request): Promise<Response> => {
  if (!isAllowedAuthRequest("GET", request.url)) return notFound();
  return betterAuth.GET(withClientIp(request, clientIp(request.headers)));
});

export const POST = answeringOutages(async (request: Request): Promise<Response> => {
  if (!isAllowedAuthRequest("POST", request.url)) return notFound();
  const ip = clientIp(request.headers);
  // Read once here: a streamed body cannot be re-sent in a new Request without it.
  const body = await request.text();
  if (new URL(request.url).pathname === "/api/auth/sign-in/email") return signInEmail(request, ip, body);
  return betterAuth.POST(withClientIp(request, ip, body));
});
