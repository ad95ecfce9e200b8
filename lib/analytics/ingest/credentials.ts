// The app key of an ingest request: the Basic-auth username (what Segment SDKs send as the write
// key), a Bearer token, or — like Segment's HTTP API, for browser SDKs — `writeKey` in the body.
export function ingestKeyOf(request: Request, body: unknown): string | null {
  const header = request.headers.get("authorization")?.trim() ?? "";
  const [scheme, value] = header.split(/\s+/, 2);
  if (scheme?.toLowerCase() === "basic" && value) {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const user = decoded.includes(":") ? decoded.slice(0, decoded.indexOf(":")) : decoded;
    return user || null;
  }
  if (scheme?.toLowerCase() === "bearer" && value) return value;
  if (header) return null;
  const writeKey = (body as { writeKey?: unknown } | null)?.writeKey;
  return typeof writeKey === "string" && writeKey ? writeKey : null;
}
