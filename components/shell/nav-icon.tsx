/** Where lib/scripts/icon-sprite.ts writes the navigation's icons (one <symbol> per icon, by name). */
export const iconSpritePath = "/icons.svg";

/** A navigation icon from the sprite: a few bytes of HTML and RSC per entry instead of its paths. */
export function NavIcon({ name }: { name: string }) {
  return (
    <svg className="ui-icon" aria-hidden>
      <use href={`${iconSpritePath}#${name}`} />
    </svg>
  );
}
