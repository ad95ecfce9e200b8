// Route handlers (the console's, /api/auth, the Polar webhook) while PostgreSQL is away answer as /api/health and the pages do: a 503 that says
// so (with Retry-After), never a 500. Asks the probe first (a refused connection answers at once,
// an unreachable host would hold the request for the pool's connect timeout), then catches the
// outage that begins mid-request.
import { databaseState, isDatabaseUnavailable, noteDatabaseDown, probeAgain } from "@/lib/db/availability";

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
      const response = await handler(...args);
      // A library that catches its own query errors (Better Auth) answers 500: say why if the database is away.
      if (response.status < 500) return response;
      probeAgain();
      return (await databaseState()).up ? response : unavailable();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      noteDatabaseDown();
      return unavailable();
    }
  };
}
