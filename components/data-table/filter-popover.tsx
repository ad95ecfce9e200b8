"use client";
import { lazyOverlay } from "@/components/ui/lazy-overlay";
import { FilterTriggerButton, type FilterPopoverProps } from "./filter-trigger";

export type { FilterPopoverProps } from "./filter-trigger";

const LazyFilterPopover = lazyOverlay<FilterPopoverProps>(() => import("./filter-popover-content"));

/** The trigger button + popover shell shared by every filter kind; the popover loads on first use. */
export function FilterPopover(props: FilterPopoverProps) {
  return (
    <LazyFilterPopover
      {...props}
      standIn={(handlers) => <FilterTriggerButton label={props.label} summary={props.summary} aria-haspopup="dialog" aria-expanded={false} {...handlers} />}
    />
  );
}
