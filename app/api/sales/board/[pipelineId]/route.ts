import { boardPageResponse } from "@/lib/crm/board/handler";
import { answeringOutages } from "@/lib/http/database-outage";

export const GET = answeringOutages(async (request: Request, { params }: { params: Promise<{ pipelineId: string }> }) => {
  const { pipelineId } = await params;
  return boardPageResponse(request, pipelineId);
});
