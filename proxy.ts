// Every page request: a bounce to /sign-in for requests without a session cookie (presence only —
// the console layout and every action/route handler do the real check), a 503 "database
// unavailable" page while PostgreSQL does not answer, then a fresh CSP nonce (Next.js reads it
// from the request's policy header and puts it on its scripts). Passes the path on to the console
// layout (lib/auth/route-gate.ts), which answers 403/404 before streaming.
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { pathHeader } from "@/lib/auth/route-gate-header";
import { databaseState } from "@/lib/db/availability";
import { databaseUnavailableResponse } from "@/lib/db/unavailable-response";
import { contentSecurityPolicy } from "@/lib/security/headers";

const publicPages = ["/sign-in", "/sign-in/two-factor", "/forbidden"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!publicPages.includes(pathname) && !getSessionCookie(request)) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname + search !== "/") signIn.searchParams.set("next", pathname + search);
    return NextResponse.redirect(signIn);
  }
  // A server action answers for itself ("nothing was changed"); a page has nothing to show.
  if (!request.headers.has("next-action") && !(await databaseState()).up) {
    return databaseUnavailableResponse({ "content-security-policy": contentSecurityPolicy(btoa(crypto.randomUUID())) });
  }
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set(pathHeader, pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages only: the API (auth, export, webhooks, ingest) checks its own credentials; assets are static.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico|woff2?)$).*)"],
};
