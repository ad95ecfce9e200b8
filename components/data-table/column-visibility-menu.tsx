"use client";
import { lazyOverlay } from "@/components/ui/lazy-overlay";
import { ColumnsButton, type ColumnVisibilityMenuProps } from "./columns-button";

const LazyColumnMenu = lazyOverlay<ColumnVisibilityMenuProps>(() => import("./column-visibility-menu-content"));

/** "Columns": which hideable columns show; the menu loads on first use. */
export function ColumnVisibilityMenu(props: ColumnVisibilityMenuProps) {
  if (!props.spec.columns.some((c) => c.hideable !== false)) return null;
  return <LazyColumnMenu {...props} standIn={(handlers) => <ColumnsButton aria-haspopup="menu" aria-expanded={false} {...handlers} />} />;
}
