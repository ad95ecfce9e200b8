"use client";

import { useState, useTransition } from "react";
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
import { interpretActionResult } from "@/lib/forms/action-result";
import type { ConfirmActionProps } from "./confirm-action-button";


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
