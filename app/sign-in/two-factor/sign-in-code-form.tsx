"use client";

import { useActionState } from "react";
import { CodeField, FormErrorAlert } from "@/components/auth/code-field";
import { Button } from "@/components/ui/button";
import { verifySignInCode, type CodeState } from "@/lib/auth/two-factor-actions";

/** A server-action form like the password step: a plain POST even before React has loaded. */
export function SignInCodeForm({ nextPath }: { nextPath: string }) {
  const [state, formAction, isPending] = useActionState(verifySignInCode, {} satisfies CodeState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <input type="hidden" name="next" value={nextPath} />
      <CodeField error={state.fieldError} allowBackup />
      <FormErrorAlert message={state.formError} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? "Checking…" : "Verify"}
      </Button>
    </form>
  );
}
