"use client";

import { lazy, Suspense, useCallback, useRef, useState, type ComponentType } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";

/** What a lazily loaded dialog or sheet receives besides its own props. */
export type LazyDialogContentProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Pass to the content's `onCloseAutoFocus`: focus goes back to the button that opened it. */
  onCloseAutoFocus: (event: Event) => void;
};

type Loader<P> = () => Promise<{ default: ComponentType<P & LazyDialogContentProps> }>;

/**
 * A button that opens a dialog or sheet whose module loads on first use (hover, focus or click),
 * so a page ships no form kit, react-hook-form or zod schema until someone opens a form.
 * The loaded module default-exports the whole overlay, controlled: `<Dialog open onOpenChange>`
 * with `onCloseAutoFocus` on its content. Once opened it stays mounted (close animations, and a
 * half-filled form survives closing the way it did with an inline dialog).
 */
export function lazyDialog<P extends object>(load: Loader<P>) {
  const Content = lazy(load);
  let loading: Promise<unknown> | null = null;
  const preload = () => {
    loading ??= load().catch(() => {
      loading = null; // a failed fetch is retried on the next attempt
    });
  };

  function LazyDialogButton({ button, ...props }: P & { button: ButtonProps }) {
    const [open, setOpen] = useState(false);
    const [mounted, setMounted] = useState(false);
    const buttonRef = useRef<HTMLButtonElement>(null);
    const onCloseAutoFocus = useCallback((event: Event) => {
      event.preventDefault();
      buttonRef.current?.focus();
    }, []);
    return (
      <>
        <Button
          type="button"
          aria-haspopup="dialog"
          aria-expanded={open}
          {...button}
          ref={buttonRef}
          onPointerEnter={preload}
          onFocus={preload}
          onClick={() => {
            setMounted(true);
            setOpen(true);
          }}
        />
        {mounted && (
          <Suspense fallback={null}>
            <Content {...(props as unknown as P)} open={open} onOpenChange={setOpen} onCloseAutoFocus={onCloseAutoFocus} />
          </Suspense>
        )}
      </>
    );
  }
  return LazyDialogButton;
}
