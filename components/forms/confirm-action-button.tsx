"use client";

import { Button } from "@/components/ui/button";
import { lazyOverlay } from "@/components/ui/lazy-overlay";
import type { ConfirmActionProps } from "./confirm-action-dialog";

export type { ConfirmActionProps } from "./confirm-action-dialog";

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
