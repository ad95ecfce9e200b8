import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInCard } from "@/components/layout/sign-in-card";
import { getStaff } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/safe-redirect";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const nextPath = safeNextPath(typeof next === "string" ? next : null);
  if (await getStaff()) redirect(nextPath);
  return (
    <SignInCard title="Switchboard" description="Sign in with your staff account.">
      <SignInForm nextPath={nextPath} />
    </SignInCard>
  );
}
