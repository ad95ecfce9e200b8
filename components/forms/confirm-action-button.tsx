"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { lazyOverlay } from "@/components/ui/lazy-overlay";
import type { ActionResult } from "@/lib/forms/action-result";

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

const LazyConfirm = lazyOverlay<ConfirmActionProps<unknown>>(() => import("./confirm-action-dialog"));

/**
 * A button that asks for confirmation, then runs one action and reports the outcome in a toast.
 * The dialog (and the toaster) load on the first click, not with the page.
 */
export function ConfirmActionButton<Data>(props: ConfirmActionProps<Data>) {
  const { trigger, triggerVariant = "outline", size = "sm", triggerLabel } = props;
  return (
    <LazyConfirm
      {...(props as ConfirmActionProps<unknown>)}
      standIn={(handlers) => (
        <Button variant={triggerVariant} size={size} aria-label={triggerLabel} aria-haspopup="dialog" aria-expanded={false} {...handlers}>
          {trigger}
        </Button>
      )}
    />
  );
}
