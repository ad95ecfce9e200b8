// What the console knows about the request being served, for its log lines. The console's server
// (lib/scripts/serve.ts) opens one per request; Next's bundles load their own copy of this module,
// so the store is kept on globalThis under a registered symbol: every copy sees the same one.
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string; staffId: string | null };

const key = Symbol.for("switchboard.request-context");
const global = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestContext> | undefined>;
const storage = (global[key] ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The request being served, or undefined outside the console's server (tests, scripts, `next dev`). */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** Notes who is signed in, for the request's log line. */
export function noteStaff(staffId: string) {
  const context = storage.getStore();
  if (context) context.staffId = staffId;
}
