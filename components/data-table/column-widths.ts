"use client";
// Column widths a person dragged, remembered per grid in this browser's local storage (not the
// URL: a width is a preference of the screen, not a view to share). Keyed by the grid's label.
import { useCallback, useMemo, useSyncExternalStore } from "react";

/** Px by column id, for the columns someone resized. */
export type ColumnWidths = Record<string, number>;
type Updater<T> = T | ((old: T) => T);

const changeEvent = "switchboard:column-widths";
const storageKey = (grid: string) => `switchboard.columnWidths.${grid}`;

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

function parse(raw: string | null): ColumnWidths {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== "object") return {};
    return Object.fromEntries(Object.entries(value).filter(([, w]) => typeof w === "number" && w >= minColumnWidth && w <= maxColumnWidth));
  } catch {
    return {};
  }
}

export const minColumnWidth = 48;
export const maxColumnWidth = 960;

/** The grid's remembered widths (px by column id; none on the server's render) and their setter. */
export function useColumnWidths(grid: string) {
  const raw = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(storageKey(grid)),
    () => null,
  );
  const widths = useMemo(() => parse(raw), [raw]);
  const setWidths = useCallback(
    (updater: Updater<ColumnWidths>) => {
      const next = typeof updater === "function" ? updater(parse(window.localStorage.getItem(storageKey(grid)))) : updater;
      if (Object.keys(next).length === 0) window.localStorage.removeItem(storageKey(grid));
      else window.localStorage.setItem(storageKey(grid), JSON.stringify(next));
      window.dispatchEvent(new Event(changeEvent));
    },
    [grid],
  );
  return [widths, setWidths] as const;
}
