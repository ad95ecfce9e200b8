import "server-only";
// GET /api/saved-views?grid=…: the views the grid toolbar's menu lists. Console session from the
// database and savedView read permission, checked here.
import { can } from "@/lib/auth/permissions";
import { callerOfRequest } from "@/lib/auth/session";
import { listSavedViews } from "./queries";
import { gridKey } from "./schemas";
import { refusal } from "@/lib/http/refusal";


export async function savedViewsResponse(request: Request): Promise<Response> {
  const { staff, signedIn } = await callerOfRequest(request);
  if (!staff) return signedIn ? refusal(403, "Your account has no access to the console.") : refusal(401, "Sign in to see saved views.");
  if (!can(staff.role, "savedView", "read")) return refusal(403, `Your role (${staff.role}) may not read saved views.`);
  const grid = gridKey.safeParse(new URL(request.url).searchParams.get("grid") ?? "");
  if (!grid.success) return refusal(400, "That is not a grid of the console.");
  return Response.json({ views: await listSavedViews(staff, grid.data) }, { headers: { "cache-control": "private, no-store" } });
}
