"use client";

import { lazy, Suspense, useState, type ComponentType, type HTMLAttributes, type ReactNode } from "react";

/** What a lazily loaded overlay widget receives besides its own props. */
export type LazyOverlayProps = {
  /** True when the widget replaces its stand-in because someone clicked it: open straight away. */
  defaultOpen?: boolean;
};

/** Handlers for the stand-in trigger; spread them on the element that looks like the real trigger. */
export type StandInHandlers = Pick<HTMLAttributes<HTMLElement>, "onPointerEnter" | "onFocus" | "onClick">;

type Loader<P> = () => Promise<{ default: ComponentType<P & LazyOverlayProps> }>;

/**
 * A menu, popover or select whose machinery (Radix primitives, positioning, focus management,
 * cmdk…) loads on first use instead of with the page. Until then the page renders a stand-in: the
 * trigger's own markup (same role, name and look) without the overlay. Hovering or focusing the
 * stand-in starts the download; clicking it (or Enter/Space) swaps in the real widget, already open.
 * The loaded module default-exports the real widget, which accepts `defaultOpen`.
 */
export function lazyOverlay<P extends object>(load: Loader<P>) {
  const Real = lazy(load);
  let loading: Promise<unknown> | null = null;
  const preload = () => {
    loading ??= load().catch(() => {
      loading = null; // retried on the next hover, focus or click
    });
  };

  function LazyOverlay({ standIn, ...props }: P & { standIn: (handlers: StandInHandlers) => ReactNode }) {
    const [active, setActive] = useState(false);
    if (active) {
      return (
        <Suspense fallback={standIn({})}>
          <Real {...(props as unknown as P)} defaultOpen />
        </Suspense>
      );
    }
    return standIn({ onPointerEnter: preload, onFocus: preload, onClick: () => setActive(true) });
  }
  return LazyOverlay;
}
