// Every CSV column tied to a grid column names one the grid has: a typo would silently drop the
// column from the default (visible columns) export.
import { describe, expect, it } from "vitest";
import { defaultVisibleIds } from "@/lib/data-table/spec";
import { exportableGrids } from "./registry";

describe("export registry", () => {
  it.each(Object.entries(exportableGrids))("%s ties its CSV columns to the grid's own column ids", (_, grid) => {
    const ids = grid.binding.spec.columns.map((c) => c.id);
    expect(grid.layout(ids).headers).toEqual(grid.layout(null).headers);
  });

  it.each(Object.entries(exportableGrids))("%s exports fewer columns when the grid hides some", (_, grid) => {
    const hidden = grid.binding.spec.columns.filter((c) => c.hideable !== false).map((c) => c.id);
    const shown = defaultVisibleIds(grid.binding.spec).filter((id) => !hidden.includes(id));
    expect(grid.layout(shown).headers.length).toBeLessThan(grid.layout(null).headers.length);
  });
});
