/** Only same-site absolute paths ("/x", not "//evil.com" or "https://…") may be redirected to. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
