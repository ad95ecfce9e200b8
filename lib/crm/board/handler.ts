import "server-only";
// GET /api/sales/board/<pipeline>?…: the next cards of one board column ("show more"). Console
// session from the database and `deal` read permission, checked here on the server.
import { can } from "@/lib/auth/permissions";
import { getStaffOfRequest } from "@/lib/auth/session";
import { pipelineId as pipelineIdSchema } from "../schemas";
import { parseBoardPageUrl } from "./filters";
import { boardColumnPage } from "./queries";
import { refusal } from "@/lib/http/refusal";


export async function boardPageResponse(request: Request, pipelineId: string): Promise<Response> {
  const staff = await getStaffOfRequest(request);
  if (!staff) return refusal(401, "Sign in to see the board.");
  if (!can(staff.role, "deal", "read")) return refusal(403, `Your role (${staff.role}) may not read deal records.`);
  const page = parseBoardPageUrl(new URL(request.url).searchParams);
  if (!page || !pipelineIdSchema.safeParse(pipelineId).success) return refusal(400, "That is not a board column request.");
  return Response.json(await boardColumnPage(pipelineId, page.stage, page.filters, page.after));
}
