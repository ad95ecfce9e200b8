import { cn } from "@/lib/utils";

/** Where lib/scripts/icon-sprite.ts writes the sprite (one <symbol> per icon, by its lucide name). */
export const iconSpritePath = "/icons.svg";

/**
 * An icon from the sprite (lib/icon-sprite.ts lists them): a few bytes of HTML and RSC per use
 * instead of its shapes. Drawn like a lucide icon; decorative (aria-hidden) like every use here.
 */
export function SpriteIcon({ name, className }: { name: string; className?: string }) {
  return (
    <svg className={cn("ui-icon", className)} aria-hidden>
      <use href={`${iconSpritePath}#${name}`} />
    </svg>
  );
}
