"use client";
import { XIcon } from "lucide-react";
import { SpriteIcon } from "@/components/ui/sprite-icon";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { maxTextLength } from "@/lib/data-table/filters";
import type { Facets } from "@/lib/data-table/result";
import { filterableColumns, type EnumOption, type GridSpec } from "@/lib/data-table/spec";
import { ColumnVisibilityMenu } from "./column-visibility-menu";
import { DataTableFilter } from "./data-table-filter";
import { ExportButton } from "./export-button";
import { SavedViewsButton } from "./saved-views-button";
import type { GridUrl } from "./use-grid-url";

type DataTableToolbarProps = { spec: GridSpec; url: GridUrl; facets: Facets; exportHref?: string; rowOptions?: Record<string, readonly EnumOption[]> };

/** Search, one control per declared filter, reset, the CSV export (when given) and the column menu. */
export function DataTableToolbar({ spec, url, facets, exportHref, rowOptions }: DataTableToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      {spec.search && (
        <div className="relative w-full sm:w-64">
          <SpriteIcon name="Search" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            type="search"
            aria-label="Search"
            placeholder={spec.search.placeholder}
            maxLength={maxTextLength}
            className="h-8 pl-8"
            value={url.state.q}
            onChange={(event) => url.setSearch(event.target.value)}
          />
        </div>
      )}
      {filterableColumns(spec).map((column) => (
        <DataTableFilter
          key={column.id}
          label={column.header}
          filter={column.filter}
          value={url.state.filters[column.id]}
          counts={facets[column.id]}
          rowOptions={rowOptions?.[column.id]}
          onChange={(value) => url.setFilter(column.id, value)}
        />
      ))}
      {url.isFiltered && (
        <Button variant="ghost" size="sm" className="h-8" onClick={url.resetFilters}>
          Reset
          <XIcon aria-hidden />
        </Button>
      )}
      <div className="ml-auto flex items-center gap-2">
        <SavedViewsButton spec={spec} queryString={url.queryString} />
        {exportHref && <ExportButton href={`${exportHref}${url.queryString}`} />}
        <ColumnVisibilityMenu spec={spec} visible={url.state.visible} onChange={url.setVisible} />
      </div>
    </div>
  );
}
