import { answeringOutages } from "@/lib/http/database-outage";
import { savedViewsResponse } from "@/lib/saved-views/handler";

export const GET = answeringOutages(savedViewsResponse);
