// What a page weighs: its HTML document (and how much of it is the inline RSC payload and class
// attributes), and the RSC payload a client-side navigation to it fetches. Raw and gzipped.
import { gzipSync } from "node:zlib";
import { getRscPayload, type BenchClient } from "./http";

export type PageBytes = {
  html: number;
  htmlGzip: number;
  /** Of the HTML: the `self.__next_f.push(…)` scripts that carry the RSC payload for hydration (with their CSP nonce). */
  htmlInlineRsc: number;
  /** Of the HTML: every ` class="…"` attribute. */
  htmlClassAttributes: number;
  /** The payload of a client-side navigation to the page (GET with `RSC: 1`). */
  rsc: number;
  rscGzip: number;
};

function sumOfMatches(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].reduce((sum, match) => sum + match[0].length, 0);
}

export async function measurePageBytes(client: BenchClient, url: string, html: string): Promise<PageBytes> {
  const rsc = await getRscPayload(client, url);
  return {
    html: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
    htmlInlineRsc: sumOfMatches(html, /<script(?: nonce="[^"]*")?>self\.__next_f\.push\(.*?\)<\/script>/gs),
    htmlClassAttributes: sumOfMatches(html, / class="[^"]*"/g),
    rsc: Buffer.byteLength(rsc),
    rscGzip: gzipSync(rsc).length,
  };
}
