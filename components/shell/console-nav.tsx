"use client";
// The navigation the signed-in role may open, sent to the client once per page: the sidebar, the
// ⌘K palette and the 403 page's "pages you can open" all read it from here.
import { createContext, useContext, type ReactNode } from "react";

/** `icon` is the entry's name in the icon sprite (components/ui/sprite-icon.tsx). */
export type ConsoleNavArea = { label: string; items: { href: string; label: string; icon: string }[] };

const ConsoleNavContext = createContext<ConsoleNavArea[]>([]);

export function ConsoleNavProvider({ areas, children }: { areas: ConsoleNavArea[]; children: ReactNode }) {
  return <ConsoleNavContext value={areas}>{children}</ConsoleNavContext>;
}

export function useConsoleNav(): ConsoleNavArea[] {
  return useContext(ConsoleNavContext);
}
