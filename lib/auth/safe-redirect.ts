// Where to go after sign-in. `next` is parsed the way a browser parses a Location (WHATWG URL:
// tabs and newlines dropped, backslashes read as slashes, leading controls trimmed), and only a
// same-origin result survives, re-serialised (percent-encoded, so no control character remains).
const origin = "http://console.invalid";

export function safeNextPath(next: string | null | undefined): string {
  if (!next) return "/";
  let url: URL;
  try {
    url = new URL(next, origin + "/");
  } catch {
    return "/";
  }
  if (url.origin !== origin) return "/";
  const path = url.pathname + url.search + url.hash;
  // "/.//evil" normalises to the path "//evil", which a browser reads as another host.
  return path.startsWith("//") ? "/" : path;
}
