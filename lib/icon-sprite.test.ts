import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { iconSprite, kitIcons } from "./icon-sprite";
import { navigation, navIconName } from "./navigation";

describe("the icon sprite", () => {
  const sprite = readFileSync(path.join(import.meta.dirname, "..", "public", "icons.svg"), "utf8");

  it("is public/icons.svg as the navigation's icons make it (npx tsx lib/scripts/icon-sprite.ts)", () => {
    expect(sprite).toBe(iconSprite());
  });

  it("has a symbol with shapes for every entry", () => {
    for (const item of navigation.flatMap((area) => area.items)) {
      expect(sprite, item.label).toMatch(new RegExp(`<symbol id="${navIconName(item)}" viewBox="0 0 24 24"><(path|circle|rect|line|polyline)`));
    }
  });

  it("has a symbol with shapes for every kit icon", () => {
    for (const name of Object.keys(kitIcons)) {
      expect(sprite, name).toMatch(new RegExp(`<symbol id="${name}" viewBox="0 0 24 24"><(path|circle|rect|line|polyline)`));
    }
  });
});
