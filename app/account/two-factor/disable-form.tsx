"use client";

import { useActionState } from "react";
import { CodeField, FormErrorAlert } from "@/components/auth/code-field";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { disableSecondFactor, type CodeState } from "@/lib/auth/two-factor-actions";

/** Turning two-factor off takes the password and a current code (not offered to admins where it is required). */
export function DisableForm({ mayDisable }: { mayDisable: boolean }) {
  const [state, formAction, isPending] = useActionState(disableSecondFactor, {} as CodeState & { done?: boolean });
  if (state.done) return <p role="status" className="text-sm">Two-factor is off. Reload to set it up again.</p>;
  if (!mayDisable) return <p className="text-sm text-muted-foreground">Admin accounts must keep two-factor on.</p>;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <p className="text-sm">Turn two-factor off: enter your password and a current code.</p>
      <div className="space-y-2">
        <Label htmlFor="password">Password</Label>
        <Input id="password" name="password" type="password" autoComplete="current-password" />
      </div>
      <CodeField error={state.fieldError} allowBackup autoFocus={false} />
      <FormErrorAlert message={state.formError} />
      <Button type="submit" variant="destructive" disabled={isPending}>
        {isPending ? "Checking…" : "Turn off two-factor"}
      </Button>
    </form>
  );
}
