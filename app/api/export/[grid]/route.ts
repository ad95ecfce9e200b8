import { exportGridCsv } from "@/lib/export/handler";

export async function GET(request: Request, { params }: { params: Promise<{ grid: string }> }) {
  const { grid } = await params;
  return exportGridCsv(request, grid);
}
