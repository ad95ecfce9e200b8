"use client";

import type { ReactNode } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

type FormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Inline use: the button that opens the dialog. Omit it in a lazyDialog module (lazyDialog draws the button). */
  trigger?: ReactNode;
  /** From lazyDialog: focus goes back to its button on close. */
  onCloseAutoFocus?: (event: Event) => void;
  title: string;
  description: ReactNode;
  children: ReactNode;
};

/**
 * The one dialog around a form: title, description, the form. Default-export a component
 * rendering it from a module loaded by lazyDialog (most forms), or render it inline with a
 * `trigger` where the form is tiny and part of the page (renaming a module).
 */
export function FormDialog({ open, onOpenChange, trigger, onCloseAutoFocus, title, description, children }: FormDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {trigger && <DialogTrigger asChild>{trigger}</DialogTrigger>}
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {children}
      </DialogContent>
    </Dialog>
  );
}
