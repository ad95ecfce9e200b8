import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getStaff } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { SignInCodeForm } from "./sign-in-code-form";

export const metadata: Metadata = { title: "Two-factor sign-in" };

export default async function TwoFactorSignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const nextPath = safeNextPath(typeof next === "string" ? next : null);
  if (await getStaff()) redirect(nextPath);
  return (
    <main className="flex min-h-svh items-center justify-center bg-muted/40 p-4">
      <div className="w-full max-w-sm space-y-6 rounded-xl border bg-card p-8 shadow-sm">
        <div className="space-y-1 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">Two-factor sign-in</h1>
          <p className="text-sm text-muted-foreground">Your password was right. Now enter a code to finish signing in.</p>
        </div>
        <SignInCodeForm nextPath={nextPath} />
        <p className="text-center text-sm">
          <Link href="/sign-in" className="text-muted-foreground underline underline-offset-4">
            Start again
          </Link>
        </p>
      </div>
    </main>
  );
}
