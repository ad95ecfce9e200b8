import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInCard } from "@/components/layout/sign-in-card";
import { getStaff } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { SignInCodeForm } from "./sign-in-code-form";

export const metadata: Metadata = { title: "Two-factor sign-in" };

export default async function TwoFactorSignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const nextPath = safeNextPath(typeof next === "string" ? next : null);
  if (await getStaff()) redirect(nextPath);
  return (
    <SignInCard title="Two-factor sign-in" description="Your password was right. Now enter a code to finish signing in.">
      <SignInCodeForm nextPath={nextPath} />
      <p className="text-center text-sm">
        <Link href="/sign-in" className="text-muted-foreground underline underline-offset-4">
          Start again
        </Link>
      </p>
    </SignInCard>
  );
}
