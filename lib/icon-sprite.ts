import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { navigation, navIconName } from "./navigation";

/** The sprite of the navigation's icons: each lucide icon's shapes as a <symbol> named like the icon. */
export function iconSprite(): string {
  const icons = new Map(navigation.flatMap((area) => area.items).map((item) => [navIconName(item), item.icon]));
  const symbols = [...icons].map(([name, Icon]) => {
    const shapes = renderToStaticMarkup(createElement(Icon)).replace(/^<svg[^>]*>|<\/svg>$/g, "");
    return `<symbol id="${name}" viewBox="0 0 24 24">${shapes}</symbol>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join("")}</svg>\n`;
}
