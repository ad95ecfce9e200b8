import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The id Next gave a server action in this build (from the server reference manifest). */
function actionId(filename: string, exportedName: string): string {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest: Manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"));
  const found = Object.entries(manifest.node).find(([, a]) => a.filename === filename && a.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} in ${filename}`);
  return found[0];
}

/**
 * Calls a server action the way a hand-crafted request would — no button involved — with the
 * page's cookies, and returns the raw response body (the action's serialised result).
 */
export async function callServerAction(page: Page, action: { file: string; name: string; from: string; args: unknown[] }) {
  const response = await page.request.post(action.from, {
    headers: { "Next-Action": actionId(action.file, action.name), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify(action.args),
  });
  return { status: response.status(), body: await response.text() };
}
