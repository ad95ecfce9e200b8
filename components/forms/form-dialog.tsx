"use client";

import type { ReactNode } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";

type FormDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Inline use: the button that opens the dialog. Omit it in a lazyDialog module (lazyDialog draws the button). */
  trigger?: ReactNode;
  /** From lazyDialog: focus goes back to its button on close. */
  onCloseAutoFocus?: (event: Event) => void;
  title: string;
  description: ReactNode;
  /** "sheet" slides in from the side, for a record's longer form; a centred dialog otherwise. */
  layout?: "dialog" | "sheet";
  /** Closing without saving drops this form's unsaved edits. */
  form?: { reset: () => void };
  children: ReactNode;
};

/**
 * The one overlay around a form: title, description, the form. Default-export a component
 * rendering it from a module loaded by lazyDialog (most forms), or render it inline with a
 * `trigger` where the form is tiny and part of the page (renaming a module).
 */
export function FormDialog({ open, onOpenChange, trigger, onCloseAutoFocus, title, description, layout = "dialog", form, children }: FormDialogProps) {
  const changeOpen = (next: boolean) => {
    onOpenChange(next);
    if (!next) form?.reset();
  };
  if (layout === "sheet") {
    return (
      <Sheet open={open} onOpenChange={changeOpen}>
        <SheetContent className="overflow-y-auto" onCloseAutoFocus={onCloseAutoFocus}>
          <SheetHeader>
            <SheetTitle>{title}</SheetTitle>
            <SheetDescription>{description}</SheetDescription>
          </SheetHeader>
          <div className="px-4 pb-4">{children}</div>
        </SheetContent>
      </Sheet>
    );
  }
  return (
    <Dialog open={open} onOpenChange={changeOpen}>
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
