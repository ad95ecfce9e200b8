"use client";
// The theme menu's trigger, shared by the stand-in (theme-toggle.tsx) and the real menu.
import { Button, type ButtonProps } from "@/components/ui/button";
import { SpriteIcon } from "@/components/ui/sprite-icon";

export function ThemeButton(props: ButtonProps) {
  return (
    <Button variant="ghost" size="icon" aria-label="Change theme" {...props}>
      <SpriteIcon name="Sun" className="dark:hidden" />
      <SpriteIcon name="Moon" className="hidden dark:block" />
    </Button>
  );
}
