import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";
import { isAllowedAuthRequest } from "@/lib/auth/http-surface";

const betterAuth = toNextJsHandler(auth);

function notFound(): Response {
  return Response.json({ error: "Not found" }, { status: 404 });
}

// Only the allow-listed endpoints reach Better Auth (see lib/auth/http-surface.ts).
export async function GET(request: Request): Promise<Response> {
  return isAllowedAuthRequest("GET", request.url) ? betterAuth.GET(request) : notFound();
}

export async function POST(request: Request): Promise<Response> {
  return isAllowedAuthRequest("POST", request.url) ? betterAuth.POST(request) : notFound();
}
