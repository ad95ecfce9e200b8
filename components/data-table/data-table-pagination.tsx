"use client";
import { SpriteIcon } from "@/components/ui/sprite-icon";
import { useId, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { lazyOverlay } from "@/components/ui/lazy-overlay";
import { selectTriggerClassName } from "@/components/ui/select-trigger-style";
import type { GridPage } from "@/lib/data-table/result";
import { cn } from "@/lib/utils";
import { formatValue } from "@/lib/format";
import type { PageSizePickerProps } from "./page-size-select";
import type { GridUrl } from "./use-grid-url";

type DataTablePaginationProps = { result: GridPage<unknown>; url: GridUrl };

const LazyPageSizeSelect = lazyOverlay<PageSizePickerProps>(() => import("./page-size-select"));

function PageButton({ label, disabled, onClick, children }: { label: string; disabled: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <Button variant="outline" size="icon" className="size-8" aria-label={label} disabled={disabled} onClick={onClick}>
      {children}
    </Button>
  );
}

export function DataTablePagination({ result, url }: DataTablePaginationProps) {
  const { paging, total } = result;
  const sizeLabelId = useId();
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-muted-foreground" aria-live="polite">
        {total.exact ? `${formatValue(total.count, "count")} ${total.count === 1 ? "row" : "rows"}` : `~${formatValue(total.count, "count")} rows`}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <div className="flex items-center gap-2">
          <span id={sizeLabelId} className="text-muted-foreground">Rows per page</span>
          <LazyPageSizeSelect
            value={url.state.pageSize}
            labelledBy={sizeLabelId}
            onChange={url.setPageSize}
            standIn={(handlers) => (
              // Looks and reads like the select's own trigger until the select loads; there is no
              // listbox yet for aria-controls to name.
              <button
                type="button"
                // eslint-disable-next-line jsx-a11y/role-has-required-aria-props
                role="combobox"
                aria-expanded={false}
                aria-autocomplete="none"
                aria-labelledby={sizeLabelId}
                data-slot="select-trigger"
                data-size="sm"
                className={cn(selectTriggerClassName, "w-18")}
                {...handlers}
              >
                <span data-slot="select-value" className="pointer-events-none">
                  {url.state.pageSize}
                </span>
                <SpriteIcon name="ChevronDown" className="size-4 opacity-50" />
              </button>
            )}
          />
        </div>
        {paging.mode === "offset" ? (
          <nav className="flex items-center gap-1" aria-label="Pagination">
            <span className="mr-2 tabular-nums">
              Page {formatValue(paging.page, "count")} of {total.exact ? "" : "~"}
              {formatValue(paging.pageCount, "count")}
            </span>
            <PageButton label="First page" disabled={paging.page <= 1} onClick={() => url.setPage(1)}>
              <SpriteIcon name="ChevronsLeft" />
            </PageButton>
            <PageButton label="Previous page" disabled={paging.page <= 1} onClick={() => url.setPage(paging.page - 1)}>
              <SpriteIcon name="ChevronLeft" />
            </PageButton>
            <PageButton label="Next page" disabled={paging.page >= paging.pageCount} onClick={() => url.setPage(paging.page + 1)}>
              <SpriteIcon name="ChevronRight" />
            </PageButton>
            <PageButton label="Last page" disabled={paging.page >= paging.pageCount} onClick={() => url.setPage(paging.pageCount)}>
              <SpriteIcon name="ChevronsRight" />
            </PageButton>
          </nav>
        ) : (
          <nav className="flex items-center gap-1" aria-label="Pagination">
            <PageButton label="First page" disabled={!paging.prev} onClick={() => url.setCursor(null)}>
              <SpriteIcon name="ChevronsLeft" />
            </PageButton>
            <PageButton label="Previous page" disabled={!paging.prev} onClick={() => url.setCursor(paging.prev)}>
              <SpriteIcon name="ChevronLeft" />
            </PageButton>
            <PageButton label="Next page" disabled={!paging.next} onClick={() => url.setCursor(paging.next)}>
              <SpriteIcon name="ChevronRight" />
            </PageButton>
          </nav>
        )}
      </div>
    </div>
  );
}
