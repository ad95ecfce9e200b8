// `npx tsx lib/scripts/icon-sprite.ts`: rewrites public/icons.svg after a navigation icon changed
// (lib/icon-sprite.test.ts fails until it is).
import { writeFileSync } from "node:fs";
import { iconSprite } from "@/lib/icon-sprite";

writeFileSync("public/icons.svg", iconSprite());
