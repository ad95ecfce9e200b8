import { savedViewsResponse } from "@/lib/saved-views/handler";

export async function GET(request: Request) {
  return savedViewsResponse(request);
}
