// Segment-compatible ingest (track): authenticated by the tracked app's write key, not a console session.
import { handleIngest, ingestOptions } from "@/lib/analytics/ingest/handler";

export const POST = (request: Request) => handleIngest(request, "track");
export const OPTIONS = ingestOptions;
