"use client";

import { useState, useTransition, type ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button, buttonVariants } from "@/components/ui/button";
import type { LazyOverlayProps } from "@/components/ui/lazy-overlay";
import { Spinner } from "@/components/ui/spinner";
import { interpretActionResult, type ActionResult } from "@/lib/forms/action-result";

export type ConfirmActionProps<Data> = {
  /** Runs the action with its fixed input, e.g. () => revokeSession({ userId, sessionId }). */
  run: () => Promise<ActionResult<Data> | undefined>;
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  successMessage: string;
  /** After a success, e.g. leave the page of a record that was just deleted. */
  onSuccess?: (data: Data | undefined) => void;
  destructive?: boolean;
  triggerVariant?: "default" | "destructive" | "outline" | "secondary" | "ghost";
  size?: "default" | "sm" | "icon";
  triggerLabel?: string;
};


/** The real confirmation dialog; ConfirmActionButton loads it on the first click of its button. */
export default function ConfirmActionDialog<Data>({
  run,
  trigger,
  title,
  description,
  confirmLabel,
  successMessage,
  onSuccess,
  destructive = false,
  triggerVariant = "outline",
  size = "sm",
  triggerLabel,
  defaultOpen = false,
}: ConfirmActionProps<Data> & LazyOverlayProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [pending, startTransition] = useTransition();

  const confirm = (event: React.MouseEvent) => {
    event.preventDefault(); // keep the dialog open while the action runs
    startTransition(async () => {
      const outcome = interpretActionResult(await run(), []);
      if (outcome.ok) {
        toast.success(successMessage);
        setOpen(false);
        onSuccess?.(outcome.data);
      } else {
        toast.error(outcome.formErrors.join("\n"));
      }
    });
  };

  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogTrigger asChild>
        <Button variant={triggerVariant} size={size} aria-label={triggerLabel}>
          {trigger}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            onClick={confirm}
            disabled={pending}
            className={destructive ? buttonVariants({ variant: "destructive" }) : undefined}
          >
            {pending && <Spinner />}
            {confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
