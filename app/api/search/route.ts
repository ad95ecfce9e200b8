import { searchResponse } from "@/lib/search/handler";

export async function GET(request: Request) {
  return searchResponse(request);
}
