import { answeringOutages } from "@/lib/http/database-outage";
import { searchResponse } from "@/lib/search/handler";

export const GET = answeringOutages(searchResponse);
