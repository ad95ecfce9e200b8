"use client";
import { Settings2Icon } from "lucide-react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { lazyOverlay } from "@/components/ui/lazy-overlay";
import type { GridSpec } from "@/lib/data-table/spec";

export type ColumnVisibilityMenuProps = { spec: GridSpec; visible: string[]; onChange: (visible: string[]) => void };

export function ColumnsButton(props: ButtonProps) {
  return (
    <Button variant="outline" size="sm" className="h-8" {...props}>
      <Settings2Icon aria-hidden />
      Columns
    </Button>
  );
}

const LazyColumnMenu = lazyOverlay<ColumnVisibilityMenuProps>(() => import("./column-visibility-menu-content"));

/** "Columns": which hideable columns show; the menu loads on first use. */
export function ColumnVisibilityMenu(props: ColumnVisibilityMenuProps) {
  if (!props.spec.columns.some((c) => c.hideable !== false)) return null;
  return <LazyColumnMenu {...props} standIn={(handlers) => <ColumnsButton aria-haspopup="menu" aria-expanded={false} {...handlers} />} />;
}
