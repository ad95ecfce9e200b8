// The JavaScript a page loads: its <script src> files (not the noModule legacy ones), each gzipped (as a CDN would serve them), summed.
import { gzipSync } from "node:zlib";
import type { BenchClient } from "./http";

export type PageJavaScript = { scripts: number; rawBytes: number; gzipBytes: number };

/**
 * The `src` of every <script> a modern browser runs. `noModule` scripts (Next's legacy polyfills)
 * are skipped: browsers that support modules never fetch them.
 */
function scriptSources(html: string): string[] {
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1])
    .filter((attributes) => !/\snomodule\b/i.test(attributes))
    .map((attributes) => /\ssrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((source): source is string => source !== undefined)
    .map((source) => source.replace(/&amp;/g, "&"));
  return [...new Set(sources)];
}

export async function measurePageJavaScript(client: BenchClient, html: string): Promise<PageJavaScript> {
  const result: PageJavaScript = { scripts: 0, rawBytes: 0, gzipBytes: 0 };
  for (const source of scriptSources(html)) {
    const url = new URL(source, client.baseUrl);
    if (url.origin !== new URL(client.baseUrl).origin) throw new Error(`script from another origin: ${url.href}`);
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`GET ${url.pathname} → HTTP ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    result.scripts += 1;
    result.rawBytes += bytes.length;
    result.gzipBytes += gzipSync(bytes).length;
  }
  return result;
}
