// Segment-compatible ingest (page): authenticated by the tracked app's write key, not a console session.
import { handleIngest, ingestOptions } from "@/lib/analytics/ingest/handler";

export const POST = (request: Request) => handleIngest(request, "page");
export const OPTIONS = ingestOptions;
