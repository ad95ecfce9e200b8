import "server-only";
// GET /api/search?q=…: the ⌘K palette's one entry point. Console session from the database;
// each record type is searched only when the role may read it (see searchEverything).
import { callerOfRequest } from "@/lib/auth/session";
import { isSafeText } from "@/lib/safe-text";
import { maxQueryLength, searchEverything } from "./queries";
import { refusal } from "@/lib/http/refusal";


export async function searchResponse(request: Request): Promise<Response> {
  const { staff, signedIn } = await callerOfRequest(request);
  if (!staff) return signedIn ? refusal(403, "Your account has no access to the console.") : refusal(401, "Sign in to search.");
  const query = new URL(request.url).searchParams.get("q") ?? "";
  if (query.length > maxQueryLength * 4 || !isSafeText(query)) return refusal(400, "That is not a search the console can run.");
  const groups = await searchEverything(staff.role, query);
  return Response.json({ groups }, { headers: { "cache-control": "private, no-store" } });
}
