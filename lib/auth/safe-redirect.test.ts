// Hole 4: `next` after sign-in may only ever lead to a same-site path, after the same
// normalisation a browser applies (tabs/newlines dropped, backslashes as slashes, …).
import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-redirect";

const base = "http://console.example";

/** Where a browser would land following a Location of `path` from the console's origin. */
function landing(path: string) {
  return new URL(path, base);
}

describe("safeNextPath", () => {
  const bypasses = [
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\t\\evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "/%09/evil.example",
    "/./\\evil.example",
    "/.//evil.example",
    "/../\\evil.example",
    "https://evil.example",
    "http:evil.example",
    "https:/evil.example",
    "HTTPS://evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example@console.example",
    "/\u0000//evil.example",
    "\u0000//evil.example",
    "/\u200b/evil.example",
    "\u3002evil.example",
    "",
    "evil.example",
  ];

  it.each(bypasses.map((b) => [JSON.stringify(b), b]))("%s stays on the console", (_label, next) => {
    const safe = safeNextPath(next);
    expect(safe.startsWith("/")).toBe(true);
    expect(safe.startsWith("//")).toBe(false);
    expect(landing(safe).origin).toBe(base);
    expect(safe).not.toMatch(/[\u0000-\u001f\\]/);
  });

  it("keeps ordinary paths with their query and hash", () => {
    expect(safeNextPath("/people/users?q=ada&page=2")).toBe("/people/users?q=ada&page=2");
    expect(safeNextPath("/audit#top")).toBe("/audit#top");
  });

  it("gives a path without control characters (a Location header cannot carry them)", () => {
    expect(safeNextPath("/\n/x")).toBe("/"); // a browser reads "//x": another host
    expect(safeNextPath("/a\tb")).toBe("/ab");
    expect(safeNextPath(null)).toBe("/");
  });
});
