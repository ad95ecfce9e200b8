import Link from "next/link";

// 401 (unauthorized()): nothing calls it — a missing session is sent to /sign-in — but Next puts
// this boundary into every page's payload, and its default page is ~1 KB of inline styles.
export default function Unauthorized() {
  return (
    <main className="flex min-h-svh flex-col items-center justify-center gap-4 p-6 text-center">
      <h1 className="text-2xl font-semibold">401 — Sign in first</h1>
      <Link href="/sign-in" className="underline underline-offset-4">
        Sign in
      </Link>
    </main>
  );
}
