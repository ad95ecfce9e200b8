// The bench's HTTP client: signs in like the browser does and fetches pages with that cookie.
// Loopback only: every URL is built from the local server's base URL.

export type BenchClient = { baseUrl: string; cookie: string };

/** A client without a session (for the sign-in page). */
export function anonymousClient(baseUrl: string): BenchClient {
  return { baseUrl, cookie: "" };
}

const REQUEST_TIMEOUT_MS = 20_000;

export async function signIn(baseUrl: string, credentials: { email: string; password: string }): Promise<BenchClient> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify(credentials),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`sign-in failed: HTTP ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  if (!cookie) throw new Error("sign-in returned no session cookie");
  return { baseUrl, cookie };
}

export type PageResponse = { status: number; body: string; location: string | null };

/** GET of `path` (with its query) including the whole body; redirects are returned, not followed. */
export async function getPage(client: BenchClient, path: string): Promise<PageResponse> {
  const response = await fetch(`${client.baseUrl}${path}`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
    redirect: "manual",
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, body: await response.text(), location: response.headers.get("location") };
}

/** Like getPage, but anything other than 200 is an error (used inside timed loops). */
export async function getPageOk(client: BenchClient, path: string): Promise<string> {
  const page = await getPage(client, path);
  if (page.status !== 200) throw new Error(`GET ${path} → HTTP ${page.status}${page.location ? ` (to ${page.location})` : ""}`);
  return page.body;
}

/**
 * The RSC payload a client-side navigation to `path` fetches (`RSC: 1`). Next answers a first
 * request without the `_rsc` cache-busting parameter with a redirect to the URL that has it.
 */
export async function getRscPayload(client: BenchClient, path: string): Promise<string> {
  let url = `${client.baseUrl}${path}`;
  for (let hop = 0; hop < 2; hop++) {
    const response = await fetch(url, {
      headers: { cookie: client.cookie, rsc: "1" },
      redirect: "manual",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const location = response.headers.get("location");
    if (response.status === 200) return response.text();
    if (!location || response.status < 300 || response.status >= 400) throw new Error(`RSC GET ${path} → HTTP ${response.status}`);
    const next = new URL(location, url);
    if (next.origin !== new URL(client.baseUrl).origin) throw new Error(`RSC GET ${path} redirected off the server: ${next.href}`);
    url = next.href;
  }
  throw new Error(`RSC GET ${path}: too many redirects`);
}
