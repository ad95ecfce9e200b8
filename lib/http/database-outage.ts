// Route handlers while PostgreSQL is away answer as /api/health and the pages do: a 503 that says
// so (with Retry-After), never a 500. Asks the probe first (a refused connection answers at once,
// an unreachable host would hold the request for the pool's connect timeout), then catches the
// outage that begins mid-request.
import { databaseState, isDatabaseUnavailable, noteDatabaseDown } from "@/lib/db/availability";

function unavailable(): Response {
  return Response.json(
    { error: "The database is unavailable right now. Nothing was changed — try again in a moment." },
    { status: 503, headers: { "retry-after": "5", "cache-control": "no-store" } },
  );
}

export function answeringOutages<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    if (!(await databaseState()).up) return unavailable();
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      noteDatabaseDown();
      return unavailable();
    }
  };
}
