// Bounces requests without a session cookie to /sign-in (cookie presence only — the console
// layout and every action/route handler do the real, database-backed check). Passes the path on
// to the console layout (lib/auth/route-gate.ts), which answers 403/404 before streaming.
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { pathHeader } from "@/lib/auth/route-gate-header";

export function proxy(request: NextRequest) {
  if (getSessionCookie(request)) {
    const headers = new Headers(request.headers);
    headers.set(pathHeader, request.nextUrl.pathname);
    return NextResponse.next({ request: { headers } });
  }
  const signIn = new URL("/sign-in", request.url);
  const wanted = request.nextUrl.pathname + request.nextUrl.search;
  if (wanted !== "/") signIn.searchParams.set("next", wanted);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything except sign-in, the API (auth, webhooks, ingest check their own credentials) and assets.
  matcher: ["/((?!sign-in|forbidden|api/|_next/|favicon.ico|.*\\.(?:svg|png|jpg|ico|woff2?)$).*)"],
};
