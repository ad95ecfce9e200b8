// What a page request gets while PostgreSQL is away (proxy.ts): a 503 that says so, in plain HTML
// (no React, no database), and that reloads itself every 5 seconds until the console is back.
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5"><title>Database unavailable · Switchboard</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; text-align: center">
<h1 style="font-size: 1.4rem">Database unavailable</h1>
<p>Switchboard cannot reach its database right now, so it shows no data. Nothing was changed.</p>
<p style="color: #555">This page tries again every 5 seconds.</p>
</body></html>`;

export function databaseUnavailableResponse(headers: Record<string, string> = {}): Response {
  return new Response(page, {
    status: 503,
    headers: { ...headers, "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "retry-after": "5" },
  });
}
