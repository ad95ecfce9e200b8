"use client";

import { lazyOverlay } from "@/components/ui/lazy-overlay";
import { ThemeButton } from "./theme-button";

const LazyThemeToggle = lazyOverlay<object>(() => import("./theme-toggle-content"));

/** A menu button choosing the light, dark or system theme; the menu loads on first use. */
export function ThemeToggle() {
  return <LazyThemeToggle standIn={(handlers) => <ThemeButton aria-haspopup="menu" aria-expanded={false} {...handlers} />} />;
}
