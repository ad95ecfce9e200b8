"use client";

import type { CSSProperties } from "react";
import { useTheme } from "next-themes";
import { Toaster as Sonner, type ToasterProps } from "sonner";

const themeColors = {
  "--normal-bg": "var(--popover)",
  "--normal-text": "var(--popover-foreground)",
  "--normal-border": "var(--border)",
  "--border-radius": "var(--radius)",
} as CSSProperties;

/** Sonner's toaster following the next-themes theme; mounted by Toaster (sonner.tsx) on the first toast. */
export default function SonnerToaster(props: ToasterProps) {
  const { theme } = useTheme();
  const toasterTheme = theme === "light" || theme === "dark" ? theme : "system";
  return <Sonner theme={toasterTheme} className="toaster group" style={themeColors} {...props} />;
}
