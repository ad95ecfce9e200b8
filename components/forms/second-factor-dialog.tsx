"use client";

import { useState, useTransition } from "react";
import { CodeField, FormErrorAlert } from "@/components/auth/code-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import { verifyFreshSecondFactor, type CodeState } from "@/lib/auth/two-factor-actions";

/** The code prompt of SecondFactorPromptHost (loaded on first use). */
export default function SecondFactorDialog({ message, onDone }: { message: string; onDone: (verified: boolean) => void }) {
  const [state, setState] = useState<CodeState>({});
  const [pending, startTransition] = useTransition();

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    startTransition(async () => {
      const result = await verifyFreshSecondFactor({ code });
      if (result.ok) onDone(true);
      else setState(result);
    });
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onDone(false)}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Confirm with a current code</DialogTitle>
          <DialogDescription>{message}</DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} noValidate className="space-y-4">
          <CodeField error={state.fieldError} allowBackup />
          <FormErrorAlert message={state.formError} />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onDone(false)} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending && <Spinner />}
              Verify and continue
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
