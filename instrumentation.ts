// OpenTelemetry, switched on by environment variables only: set OTEL_EXPORTER_OTLP_ENDPOINT (or
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), optionally OTEL_EXPORTER_OTLP_HEADERS / _PROTOCOL and
// OTEL_SERVICE_NAME, and Next's own spans (requests, rendering, route handlers, fetch) go to that
// collector through @vercel/otel's OTLP exporter. Unset: nothing is loaded.
export async function register() {
  const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT ?? process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (!endpoint || process.env.NEXT_RUNTIME !== "nodejs") return;
  const { registerOTel } = await import("@vercel/otel");
  registerOTel({ serviceName: process.env.OTEL_SERVICE_NAME ?? "switchboard" });
}
