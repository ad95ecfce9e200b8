"use client";

import type { MouseEvent } from "react";

// A plain left click on a same-origin link, which Next's <Link> would turn into a client navigation.
function clientNavigationTarget(event: MouseEvent): HTMLAnchorElement | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = (event.target as Element).closest("a[href]");
  if (!(anchor instanceof HTMLAnchorElement) || anchor.origin !== window.location.origin || anchor.hasAttribute("download")) return null;
  return anchor;
}

/**
 * Around a page the console layout refused before streaming (app/forbidden.tsx, app/not-found.tsx):
 * that layout never rendered, so a client-side navigation cannot rebuild it and would leave the
 * refusal on screen. Links here load the whole page instead.
 */
export function HardNavigation({ children }: { children: React.ReactNode }) {
  return (
    <div
      className="contents"
      onClickCapture={(event) => {
        const anchor = clientNavigationTarget(event);
        if (!anchor) return;
        event.preventDefault();
        event.stopPropagation();
        window.location.assign(anchor.href);
      }}
    >
      {children}
    </div>
  );
}
