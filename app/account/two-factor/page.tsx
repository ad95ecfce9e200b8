import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { Forbidden } from "@/components/shell/forbidden";
import { isStaffRole } from "@/lib/auth/roles";
import { getCurrentCookieSession, mustEnrol } from "@/lib/auth/session";
import { adminsMustEnrol } from "@/lib/auth/two-factor-policy";
import { TwoFactorForms } from "./enrol-form";

export const metadata: Metadata = { title: "Two-factor authentication" };

// Outside the console layout: an admin who must enrol lands here before seeing any console data.
export default async function TwoFactorAccountPage() {
  const session = await getCurrentCookieSession();
  if (!session) redirect("/sign-in?next=/account/two-factor");
  if (!isStaffRole(session.user.role) || session.user.banned) return <Forbidden />;
  const enrolRequired = mustEnrol(session);
  const enabled = !!session.user.twoFactorEnabled;
  const mayDisable = !(session.user.role === "admin" && adminsMustEnrol());

  return (
    <main className="flex min-h-svh items-start justify-center bg-muted/40 p-4 sm:pt-16">
      <div className="w-full max-w-lg space-y-6 rounded-xl border bg-card p-8 shadow-sm">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">Two-factor authentication</h1>
          <p className="text-sm text-muted-foreground">
            {session.user.email} · two-factor is <strong data-testid="two-factor-status">{enabled ? "on" : "off"}</strong>
          </p>
        </div>
        {enrolRequired && (
          <p role="status" className="rounded-md border border-amber-500/40 bg-amber-500/10 px-3 py-2 text-sm">
            Admin accounts must use two-factor sign-in. Set it up to continue to the console.
          </p>
        )}
        <TwoFactorForms enabled={enabled} mayDisable={mayDisable} />
        <div className="flex items-center justify-between border-t pt-4">
          {enrolRequired ? <span /> : <Link href="/" className="text-sm underline underline-offset-4">Back to the console</Link>}
          <SignOutButton />
        </div>
      </div>
    </main>
  );
}
