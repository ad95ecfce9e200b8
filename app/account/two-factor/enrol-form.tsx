"use client";

import { useActionState } from "react";
import Link from "next/link";
import { CodeField, FormErrorAlert } from "@/components/auth/code-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { enrol, type EnrolState } from "@/lib/auth/two-factor-actions";
import { DisableForm } from "./disable-form";

/**
 * Password → QR code and secret → one code → the backup codes, shown this once; with two-factor on,
 * the disable form. One component for both: switching on re-renders the page (new session cookie)
 * and the backup codes must survive that.
 */
export function TwoFactorForms({ enabled, mayDisable }: { enabled: boolean; mayDisable: boolean }) {
  const [state, formAction, isPending] = useActionState(enrol, {} satisfies EnrolState);

  if (state.backupCodes) {
    return (
      <div className="space-y-4">
        <p role="status" className="text-sm font-medium">Two-factor is on. Save these backup codes now — they are shown only this once.</p>
        <p className="text-sm text-muted-foreground">Each code signs you in once if you lose your authenticator.</p>
        <ul aria-label="Backup codes" className="grid grid-cols-2 gap-2 rounded-md border bg-muted/40 p-4 font-mono text-sm">
          {state.backupCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Button asChild>
          <Link href="/">I saved them — continue</Link>
        </Button>
      </div>
    );
  }

  if (enabled) return <DisableForm mayDisable={mayDisable} />;

  if (state.totpURI) {
    return (
      <form action={formAction} noValidate className="space-y-4">
        <input type="hidden" name="step" value="confirm" />
        <p className="text-sm">1. Scan this QR code with your authenticator app (or enter the secret by hand).</p>
        {/* The SVG is made on the server by the qrcode package from the otpauth:// URI. */}
        <div className="mx-auto size-48 [&_svg]:size-full" role="img" aria-label="QR code of the two-factor secret" dangerouslySetInnerHTML={{ __html: state.qrSvg ?? "" }} />
        <div className="space-y-1">
          <Label htmlFor="secret">Secret</Label>
          <Input id="secret" readOnly value={state.secret} className="font-mono" data-testid="totp-secret" />
        </div>
        <p className="text-sm">2. Enter the code the app shows to switch two-factor on.</p>
        <CodeField error={state.fieldError} autoFocus={false} />
        <FormErrorAlert message={state.formError} />
        <Button type="submit" disabled={isPending}>
          {isPending ? "Checking…" : "Turn on two-factor"}
        </Button>
      </form>
    );
  }

  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="step" value="start" />
      <div className="space-y-2">
        <Label htmlFor="password">Confirm your password to set up two-factor</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={!!state.fieldError}
          aria-describedby={state.fieldError ? "password-error" : undefined}
        />
        {state.fieldError && (
          <p id="password-error" className="text-sm text-destructive">
            {state.fieldError}
          </p>
        )}
      </div>
      <FormErrorAlert message={state.formError} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Preparing…" : "Set up two-factor"}
      </Button>
    </form>
  );
}
