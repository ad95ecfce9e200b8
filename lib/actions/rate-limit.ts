// Fixed-window limiter for sensitive actions (Better Auth does not limit calls made through
// the server). Per process: enough for one console instance; swap for a shared store when scaled out.
const windows = new Map<string, { startedAt: number; count: number }>();

export function takeToken(key: string, limit: number, windowMs: number, now = Date.now()): boolean {
  const current = windows.get(key);
  if (!current || now - current.startedAt >= windowMs) {
    windows.set(key, { startedAt: now, count: 1 });
    return true;
  }
  current.count += 1;
  return current.count <= limit;
}
