// Bounces requests without a session cookie to /sign-in (cookie presence only — the console
// layout and every action/route handler do the real, database-backed check).
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  if (getSessionCookie(request)) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  const wanted = request.nextUrl.pathname + request.nextUrl.search;
  if (wanted !== "/") signIn.searchParams.set("next", wanted);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything except sign-in, the API (auth, webhooks, ingest check their own credentials) and assets.
  matcher: ["/((?!sign-in|forbidden|api/|_next/|favicon.ico|.*\\.(?:svg|png|jpg|ico|woff2?)$).*)"],
};
