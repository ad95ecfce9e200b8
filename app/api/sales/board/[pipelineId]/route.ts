import { boardPageResponse } from "@/lib/crm/board/handler";

export async function GET(request: Request, { params }: { params: Promise<{ pipelineId: string }> }) {
  const { pipelineId } = await params;
  return boardPageResponse(request, pipelineId);
}
