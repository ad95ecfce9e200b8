"use client";

import { MoonIcon, SunIcon } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { lazyOverlay } from "@/components/ui/lazy-overlay";

export function ThemeButton(props: ButtonProps) {
  return (
    <Button variant="ghost" size="icon" aria-label="Change theme" {...props}>
      <SunIcon className="dark:hidden" aria-hidden />
      <MoonIcon className="hidden dark:block" aria-hidden />
    </Button>
  );
}

const LazyThemeToggle = lazyOverlay<object>(() => import("./theme-toggle-content"));

/** A menu button choosing the light, dark or system theme; the menu loads on first use. */
export function ThemeToggle() {
  return <LazyThemeToggle standIn={(handlers) => <ThemeButton aria-haspopup="menu" aria-expanded={false} {...handlers} />} />;
}
