import "server-only";
// Export links come from the registry: a page asks for its grid's export by name and gets the
// route only when that name is registered and the role may export the grid's resource.
import { can, type Role } from "@/lib/auth/permissions";
import { exportableGrids } from "./registry";

/** `/api/export/<grid>` for a role that may export it, else undefined (no Export button). */
export function exportHref(grid: string, role: Role): string | undefined {
  const entry = Object.hasOwn(exportableGrids, grid) ? exportableGrids[grid] : undefined;
  if (!entry) throw new Error(`No export named "${grid}" in lib/export/registry.ts.`);
  return can(role, entry.resource, "export") ? `/api/export/${grid}` : undefined;
}
