"use client";
// The theme menu's trigger, shared by the stand-in (theme-toggle.tsx) and the real menu.
import { MoonIcon, SunIcon } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";

export function ThemeButton(props: ButtonProps) {
  return (
    <Button variant="ghost" size="icon" aria-label="Change theme" {...props}>
      <SunIcon className="dark:hidden" aria-hidden />
      <MoonIcon className="hidden dark:block" aria-hidden />
    </Button>
  );
}
