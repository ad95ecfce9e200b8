import { exportGridCsv } from "@/lib/export/handler";
import { answeringOutages } from "@/lib/http/database-outage";

export const GET = answeringOutages(async (request: Request, { params }: { params: Promise<{ grid: string }> }) => {
  const { grid } = await params;
  return exportGridCsv(request, grid);
});
