"use client";

import { useCallback, useRef, useState, type ComponentType } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { lazyOverlay, type LazyOverlayProps } from "@/components/ui/lazy-overlay";

/** What a lazily loaded dialog or sheet receives besides its own props. */
export type LazyDialogContentProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Pass to the content's `onCloseAutoFocus`: focus goes back to the button that opened it. */
  onCloseAutoFocus: (event: Event) => void;
};

type Loader<P> = () => Promise<{ default: ComponentType<P & LazyDialogContentProps> }>;
type WithButton<P> = P & { button: ButtonProps };

/** The loaded content with its real button, open from the start (it replaces a clicked stand-in). */
function withOpenButton<P extends object>(Content: ComponentType<P & LazyDialogContentProps>) {
  return function DialogWithButton({ button, defaultOpen, ...props }: WithButton<P> & LazyOverlayProps) {
    const [open, setOpen] = useState(defaultOpen ?? false);
    const buttonRef = useRef<HTMLButtonElement>(null);
    const onCloseAutoFocus = useCallback((event: Event) => {
      event.preventDefault();
      buttonRef.current?.focus();
    }, []);
    return (
      <>
        <Button type="button" aria-haspopup="dialog" aria-expanded={open} {...button} ref={buttonRef} onClick={() => setOpen(true)} />
        <Content {...(props as unknown as P)} open={open} onOpenChange={setOpen} onCloseAutoFocus={onCloseAutoFocus} />
      </>
    );
  };
}

/**
 * A button that opens a form dialog or sheet whose module loads on first use (hover, focus or
 * click), so a page ships no form kit, react-hook-form or zod schema until someone opens a form.
 * Built on lazyOverlay: the button is the stand-in. The loaded module default-exports the whole
 * overlay, controlled: `<Dialog open onOpenChange>` with `onCloseAutoFocus` on its content (see
 * FormDialog). Once opened it stays mounted, so a half-filled form survives closing.
 */
export function lazyDialog<P extends object>(load: Loader<P>) {
  const Lazy = lazyOverlay<WithButton<P>>(() => load().then(({ default: Content }) => ({ default: withOpenButton<P>(Content) })));
  return function LazyDialogButton(props: WithButton<P>) {
    return (
      <Lazy
        {...props}
        standIn={(handlers) => <Button type="button" aria-haspopup="dialog" aria-expanded={false} {...props.button} {...handlers} />}
      />
    );
  };
}
