import { icons, type LucideIcon } from "lucide-react";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { navigation, navIconName } from "./navigation";

const kitIconNames = [
  "ArrowDown", "ArrowUp", "ArrowUpDown", "Bookmark", "ChevronDown", "ChevronLeft", "ChevronRight", "ChevronsLeft", "ChevronsRight", "Download", "LayoutDashboard", "ListFilter", "Moon", "PanelLeft", "PanelsTopLeft", "Search", "SearchX", "Settings2", "ShieldX", "Sun",
] as const satisfies readonly (keyof typeof icons)[];

/** The icons the kits draw on every page (the shell, the grid's chrome, the 403/404 copies in every payload), as <SpriteIcon name="…" /> names them. */
export const kitIcons: Record<string, LucideIcon> = Object.fromEntries(kitIconNames.map((name) => [name, icons[name]]));

/** The sprite of the navigation's and the kits' icons: each lucide icon's shapes as a <symbol> named like the icon. */
export function iconSprite(): string {
  const byName = new Map([...navigation.flatMap((area) => area.items).map((item) => [navIconName(item), item.icon] as const), ...Object.entries(kitIcons)]);
  const symbols = [...byName].map(([name, Icon]) => {
    const shapes = renderToStaticMarkup(createElement(Icon)).replace(/^<svg[^>]*>|<\/svg>$/g, "");
    return `<symbol id="${name}" viewBox="0 0 24 24">${shapes}</symbol>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join("")}</svg>\n`;
}
